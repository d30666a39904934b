from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]

t = Tally("mississippi")
print(t, t.top(), t["zz"], isinstance(t, Counter), type(t).__name__)
print(t + Tally("ss"), type(t + t).__name__, type(t.copy()).__name__)

class Registry(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.calls = 0

    def __missing__(self, key):
        self.calls += 1
        return super().__missing__(key)

r = Registry()
r["a"].append(1)
r["a"].append(2)
r["b"]
print(r, r.calls)

class LastWins(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lw = LastWins()
lw["a"] = 1
lw["b"] = 2
lw["a"] = 3
print(lw, list(lw))

class History(deque):
    def last(self):
        return self[-1]

h = History([1, 2, 3], maxlen=3)
h.append(4)
print(h, h.last(), h.maxlen, type(h.copy()).__name__)

class Scope(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"

s = Scope({"a": 1})
print(s["a"], s["b"], s.new_child({"c": 2}))

class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, -4)
print(p, repr(p), p.norm, p._replace(x=0), Point._make([1, 1]).norm)
