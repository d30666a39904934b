import re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\d+)", r"\g<v>:\g<k>:\g<1>\g<0>", "a=1 b=22"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub(r"a", "\\&", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"x", "y", "xxx", count=2), re.sub(r"x", "y", "abc"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"), re.sub("", "-", "abc"), re.sub(r"x*", "-", "abxd"))
