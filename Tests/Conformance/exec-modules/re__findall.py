import re
print(re.findall(r"\w+", "the quick, brown fox"))
print(re.findall(r"(\w)(\w)?", "abc"))
print(re.findall(r"(\d+)", "a1b23"), re.findall(r"x*", "axxb"), re.findall(r"", "ab"))
print(re.findall(r"(a)|(b)", "ab"), re.compile(r"\d").findall("1a2b3", 1, 4))
