import re
try:
    re.compile("ab\ncd(", re.X)
except re.error as e:
    print(e, e.lineno, e.colno, e.pattern == "ab\ncd(")
