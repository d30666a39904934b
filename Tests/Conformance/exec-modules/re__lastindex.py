import re
for pat, s in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"((a))", "a"), (r"(a)()", "a"), (r"x", "x"), (r"(?P<n>a)(?P<m>b)?", "a"), (r"(a(b)?)+", "aba")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
