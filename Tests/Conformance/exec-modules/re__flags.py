import re
print(re.findall(r"abc", "ABC abc aBc", re.I), re.findall(r"^\w", "a\nb\nc", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"a.b", "a\nb"))
print(re.findall(r"""\d +  # digits
  [a-z]  # a letter""", "12a 3b", re.X))
print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.I | re.M), int(re.NOFLAG))
print(re.compile("a", re.I | re.M), re.compile("a").flags, re.compile("a", re.A).flags, re.compile("a", re.I).flags)
print(re.compile("(?i)a").flags, re.compile("(?ms)a").flags)
