import re
print(re.findall(r"(?i)abc", "ABC abc"), re.findall(r"(?i:a)b", "ab Ab AB"), re.findall(r"a(?-i:b)", "ab aB AB", re.I))
print(re.search(r"(?s).+", "a\nb").group(), re.search(r"(?m)^b", "a\nb").span(), re.findall(r"(?x) a b # c", "ab"))
try:
    re.compile(r"a(?i)b")
except re.error as e:
    print("re.error:", e)
