import re
p = re.compile(r"(?P<k>\w+)=(?P<v>\w*)")
print(p, p.pattern, p.groups, p.groupindex, type(p).__name__)
print(p.search("x k=v y"), p.match("k=v"), p.match("  k=v", 2), p.search("k=v", 1))
print(p.search("abc=d", 0, 3), p.search("abc=def", 0, 5).group())
print(p == re.compile(r"(?P<k>\w+)=(?P<v>\w*)"), re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
