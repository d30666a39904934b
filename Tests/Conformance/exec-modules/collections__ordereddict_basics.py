from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
od.move_to_end("c", False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od, od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1) != OrderedDict(a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
print(OrderedDict(), OrderedDict([("k", [1, 2])]))
print(OrderedDict.fromkeys("abc", 0))
cp = od.copy()
cp["new"] = 1
print(type(cp).__name__, "new" in od, len(cp), len(od))
print(OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
od |= {"w": 0}
print(od)
print(od.setdefault("x", 99), od.setdefault("v", 5), od.pop("v"), od.get("nope"))
print(isinstance(od, dict), type(od).__name__, OrderedDict)
print("x" in od.keys(), ("x", 10) in od.items(), 10 in od.values(), len(od.keys()))
print(od.keys() & {"x", "nope"}, od.keys() == {"x", "y", "z", "w"})
od["x"] = 11
print(list(od.items())[0])
