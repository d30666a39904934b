import re
m = re.match(r"(a)(?P<n>b)", "ab")
for g in [3, -1, "x", 1.5]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
print(m.group(True), m.span("n"))
m.start(5)
