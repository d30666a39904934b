import re
print(re.sub("a", "b", "aaa", count=1), re.sub("A", "b", "aaa", flags=re.I), re.subn("a", "b", "aaa", 2), re.split("A", "bab", flags=re.I), re.findall("A", "a", flags=re.I))
print(re.search("A", "a", re.I).group(), re.match(pattern="a", string="ab").group(), re.compile(pattern="x", flags=re.I).pattern)
