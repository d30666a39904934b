import re
for pat in ["(a", "a)", "*a", "a**", "[a", "a{2,1}", r"\q", "(?P<1a>x)", "(?P<n>a)(?P<n>b)", "(?P=zz)", r"\3", "(?<n>a)", "(?z)", "[z-a]", r"(a)\2", "a++", "(?P<n", "x{1,2}{3}", r"\x4", "(?#abc"]:
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print(repr(pat), "|", e, "|", e.msg, e.pos)
