data = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 3}]
print(max(data, key=lambda d: d["v"])["n"], min(data, key=lambda d: d["v"])["n"])
print(max([], default=None), min([5], default=0), max(1, 2, 3, key=lambda x: -x))
print(sorted(data, key=lambda d: (-d["v"], d["n"])))
