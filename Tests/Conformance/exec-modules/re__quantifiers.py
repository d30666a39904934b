import re
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,}", "aaaaa a"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{1,2}?", "aaa"), re.findall(r"x{a}", "x{a}"), re.findall(r"{", "{}"))
print(re.match(r"a*?b", "aaab").group(), re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group(), re.match(r"(ab)+", "ababx").group(1))
print(re.findall(r"(?:ab)+", "ababxab"), re.match(r"(?>a+)b", "aab").group())
print(re.findall(r"a++", "aaa b aa"), re.match(r"a*+a", "aaa"), re.match(r"(?:ab)?+c", "abc").group(), re.findall(r"\d{2}+", "12345"))
