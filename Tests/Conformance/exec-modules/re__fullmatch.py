import re
print(re.fullmatch(r"\d{3}", "123"), re.fullmatch(r"\d{3}", "1234"), re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a*?", "aaa"))
p = re.compile(r"[a-z]+")
print(p.fullmatch("abc123", 0, 3), p.fullmatch("abc123"), p.fullmatch("xabcx", 1, 4))
