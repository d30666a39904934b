import re
p = re.compile(r"^\w+$")
print(p.search("hello", 1), p.match("hello", 1), p.search("hello", 0, 3), p.fullmatch("hello", 1, 3))
q = re.compile(r"(?<=a)b")
print(q.search("ab", 1), q.match("ab", 1), re.compile("").findall("abc", 1, 2))
print(re.compile(r"\w").search("ab", 5), re.compile(r"\w").search("ab", -3), re.compile("a").search("aa", 2, 1))
