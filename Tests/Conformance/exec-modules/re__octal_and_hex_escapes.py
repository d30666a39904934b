import re
print(re.findall(r"\x41\u0042\U00000043", "ABC"), re.findall(r"\101", "A"), re.findall(r"\0", "a\0b"), re.sub(r"a", r"\101", "a"), re.findall(r"\.\*\-", ".*-"))
