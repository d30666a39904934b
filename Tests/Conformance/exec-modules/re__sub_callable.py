import re
def dbl(m):
    return str(int(m.group()) * 2)
print(re.sub(r"\d+", dbl, "a1 b22 c333"))
print(re.subn(r"[aeiou]", lambda m: m.group().upper(), "education"))
print(re.compile(r"\s+").sub(" ", "a   b \t\n c"), re.compile(r"o").subn("0", "foo boo", 3))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", 5, "a")
except TypeError as e:
    print("TypeError:", e)
