d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
d["c"] = 3
print(k, v, i, len(k), "a" in k, ("a", 1) in i, 3 in v)
print(list(reversed(d)), sorted(d, key=d.get, reverse=True))
print(k == {"a", "b", "c"}, list(k) == ["a", "b", "c"])
