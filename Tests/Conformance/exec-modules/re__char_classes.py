import re
print(re.findall(r"[]a]", "a]b"), re.findall(r"[^]a]", "a]b"), re.findall(r"[a\-z]", "a-bz"), re.findall(r"[-az]", "-q"), re.findall(r"[a-]", "-a"), re.findall(r"[\]]", "]"))
print(re.findall(r"[.*+?]", "a.b*c"), re.findall(r"[\\]", "a\\b"), re.findall(r"[\n\t]", "a\tb\n"), re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"[^\d\s]", "a 1b"))
print(re.findall(r"[\u00e0-\u00ff]", "àbÿ"))
