import re
print(re.findall(r"\bcat\b", "cat concat cat's bobcat cat"), re.sub(r"\B", "-", "abc"), re.findall(r"\b\w", "hello big world"))
