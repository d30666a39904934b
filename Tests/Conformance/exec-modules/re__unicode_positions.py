import re
s = "😀a😀bb"
m = re.search(r"b+", s)
print(m.span(), m.start(), re.search("a", s).span(), [x.span() for x in re.finditer(r"[ab]", s)])
print(re.sub("a", "A", s), re.split("a", s), re.compile("b").search(s, 4))
