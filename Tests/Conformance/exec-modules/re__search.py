import re
print(re.search(r"o+", "hello wooorld"))
print(re.search(r"^b", "ab"), re.search(r"^b", "a\nb", re.M), re.search(r"a$", "a\n"), re.search(r"a$", "a\nb"), re.search(r"a$", "a\nb", re.MULTILINE))
print(re.search(r"\Aa", "ba"), re.search(r"a\Z", "a\n"), re.search(r"a\Z", "ba"))
print(re.search("x", "abc"))
