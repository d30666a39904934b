d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 4
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 5
print(d)
print({1: "int", 1.0: "float", True: "bool"})
d2 = dict(x=1, y=2)
d2.update({"z": 3}, w=4)
print(d2, len(d2), "x" in d2, "q" in d2)
