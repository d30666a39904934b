import re
s = "a1 é٣ _x ß"
print(re.findall(r"\w+", s), re.findall(r"\w+", s, re.A), re.findall(r"\d", s), re.findall(r"\d", s, re.ASCII))
print(re.findall(r"\s", "a\u00a0b c", re.A), len(re.findall(r"\s", "a\u00a0b c")))
print(re.findall(r"\bé\w*", "x étude"), re.findall(r"(?a)\b\w+\b", "étude x"), re.findall(r"[\w-]+", "a-b é"), re.findall(r"[\d.]+", "1.5 ٣"))
print(re.findall(r"É", "é", re.I), re.findall(r"[^\W\d]+", "ab12cd"))
