import re
print(re.sub(r"(x)?y", r"[\1]", "y xy"), re.sub(r"\d", r"<\g<0>>", "a1b2"), re.sub(r"(?P<d>\d)", r"\g<d>\g<d>", "12"))
print(re.sub("b", "\\\\", "abc"), re.sub("b", r"\\n", "abc"), re.sub("b", "\n", "abc") == "a\nc")
