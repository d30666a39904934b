import re
print(re.split(r"\s*", "a b"), re.split(r"(?=b)", "abab"), re.split(r"(x)?,", "a,bx,c"), re.split(r",", ",a,,b,"), re.split(r",", "a,b,c", maxsplit=-1), re.split(r",", "a,b,c", 5))
