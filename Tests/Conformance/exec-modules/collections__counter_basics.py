from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print(c.total(), sum(c.values()))
c["z"] += 3
print(c["z"], c)
del c["z"]
del c["never-there"]
print(c)
print(Counter(), Counter([]), Counter({"x": 2, "y": -1}), Counter(a=3, b=1))
print(Counter(["red", "blue", "red", "green", "blue", "red"]))
c2 = Counter(a=1)
c2.update("aab")
c2.update({"b": 5, "c": 1})
c2.update(c=2)
print(c2)
c2.subtract("ab")
c2.subtract({"c": 10})
c2.subtract(a=1)
print(c2)
print(list(c2.keys()), list(c2.values()))
cp = c2.copy()
cp["new"] = 1
print(type(cp).__name__, "new" in c2, cp == c2)
print(isinstance(c, dict), type(c).__name__, type(c).__module__, Counter)
print(dict(Counter("aab")), list(Counter("aab").items()))
print(Counter("aab") == Counter("aba"), Counter(a=1, b=0) == Counter(a=1))
# most_common keeps first-seen order among equal counts.
print(Counter("bbaacc").most_common())
print(Counter({"x": 1.5, "y": 2}).most_common(1))
print(Counter(a=2, b=2).most_common(1))
