words = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths, {v: k for k, v in {"a": 1, "b": 2}.items()})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = dict(zip(range(3), "xyz"))
print(inv, list(inv.items())[::-1])
