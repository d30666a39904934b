import re
print(re.split(r",\s*", "a, b,c,  d"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"), re.split(r"\b", "hi there"))
print(re.split("z", "abc"), re.split(r"\d", ""), re.compile(r"[;,]").split("a;b,c", 1))
