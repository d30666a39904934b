from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d))
print(d["missing"], "missing" in d, "other" in d)
print(d.default_factory, dict(d))
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print(dict(nested["x"]), len(nested))
none = defaultdict()
print(none, none.default_factory)
try:
    none["k"]
except KeyError as e:
    print("KeyError", e)
print(none.get("k"), d.get("zz"), "zz" in d)
s = defaultdict(set, {"a": {1}}, b={2})
s["c"].add(3)
print(s)
c = s.copy()
print(c == s, c is s, type(c).__name__, c.default_factory)
d.default_factory = None
try:
    d["nothing"]
except KeyError as e:
    print("KeyError", e)
d.default_factory = str
print(repr(d["empty"]))
print(defaultdict.fromkeys("ab", 0))
print(defaultdict(list, {"a": 1}) | {"b": 2}, {"b": 2} | defaultdict(list, {"a": 1}))
print(isinstance(d, dict), type(d).__name__, defaultdict)
print(d.__missing__("via_missing"), "via_missing" in d)
print(d.setdefault("sd", 5), d.pop("sd"), d.pop("nope", "dflt"))
