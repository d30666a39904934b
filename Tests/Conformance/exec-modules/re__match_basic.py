import re
m = re.match(r"(\d+)-(\d+)", "10-20 rest")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(1))
print(re.match(r"\d", "a1"), re.match("", "abc"), bool(re.match("a", "abc")))
print(m.string, m.pos, m.endpos, m.re)
