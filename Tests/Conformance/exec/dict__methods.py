d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("b", 2), d.setdefault("a", 9), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update([("x", 1), ("y", 2)])
print(d, d.popitem(), d)
print(dict.fromkeys("abc", 0), dict([(1, 2)]), dict(zip("ab", [1, 2])))
c = d.copy(); c["new"] = 1; print(d, c)
d.clear(); print(d)
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {"a": 1} | {"b": 2})
e = {"k": [1]}
for k, v in e.items():
    print(k, v)
