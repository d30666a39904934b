import re
pats = [re.compile(r"\d+") for _ in range(3)]
print(all(p.pattern == r"\d+" for p in pats), pats[0].findall("1 22 333"), re.compile(r"\d+").sub("#", "a1b22"))
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if re.match(r"[a-c]", w, re.I)], sorted(words, key=lambda w: re.sub(r"[aeiou]", "", w.lower())))
