import re
for call in [lambda: re.match("a", 5), lambda: re.compile(5), lambda: re.search("a", None), lambda: re.escape(5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
