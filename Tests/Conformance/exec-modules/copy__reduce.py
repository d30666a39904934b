import copy

class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x = x
        self.y = y
    def __reduce__(self):
        return (Point, (self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(q, r, q.y is p.y, r.y is p.y)

class Registry:
    def __init__(self):
        self.items = {}
    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (Registry, (), {"items": self.items, "copied": True})

reg = Registry()
reg.items["a"] = [1]
c = copy.deepcopy(reg)
print(c.items, c.copied, c.items["a"] is reg.items["a"])

class Bag:
    def __init__(self):
        self.data = []
    def append(self, x):
        self.data.append(x)
    def __reduce__(self):
        return (Bag, (), None, iter(self.data))

b = Bag()
b.append([1])
b.append("x")
b2 = copy.deepcopy(b)
print(b2.data, b2.data[0] is b.data[0])

class Lookup:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __reduce__(self):
        return (Lookup, (), None, None, iter(self.d.items()))

lk = Lookup()
lk["k"] = [1, 2]
lk2 = copy.copy(lk)
print(lk2.d, lk2.d["k"] is lk.d["k"])

class Named:
    def __reduce__(self):
        return "named_singleton"

n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)

class Bad:
    def __reduce__(self):
        return (Bad,)

try:
    copy.copy(Bad())
except Exception as e:
    print(type(e).__name__, e)
