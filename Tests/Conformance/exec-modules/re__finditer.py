import re
for m in re.finditer(r"(?P<word>\w+)@(?P<host>\w+)", "a@x, bb@yy; c@z"):
    print(m.span(), m.group("word"), m["host"])
it = re.finditer(r"\d", "12")
print(type(it).__name__, next(it).group(), next(it).group(), next(it, None))
print([m.group() for m in re.compile(r"\w").finditer("abcd", 1, 3)])
