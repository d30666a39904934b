import re
print(re.findall(r"(\w)\1", "aabbcd eee"), re.search(r"(\w+) \1", "hello hello world").group(), re.sub(r"(\w)\1", r"\1", "aabbcc"))
print(re.search(r"(?P<x>a)(?P=x)", "aa").span(), re.match(r"(a)|\1b", "b"))
