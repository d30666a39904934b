import copy

class Order:
    def __init__(self, oid, lines):
        self.oid = oid
        self.lines = lines
        self.meta = {"source": "web"}
    def total(self):
        return sum(q * p for q, p in self.lines)
    def __repr__(self):
        return f"Order({self.oid}, {self.lines}, {self.meta})"

o = Order(1, [(2, 9.5), (1, 20.0)])
s = copy.copy(o)
d = copy.deepcopy(o)
o.lines.append((3, 1.0))
o.meta["source"] = "api"
o.oid = 99
print(o)
print(s)
print(d)
print(type(d) is Order, d.total(), s.lines is o.lines, d.lines is o.lines)

# __init__ is not called by copy
class Counted:
    made = 0
    def __init__(self):
        Counted.made += 1
        self.v = Counted.made

c = Counted()
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(Counted.made, c2.v, c3.v)

# objects referring to themselves
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not kid, root2.children[0].name)

# __slots__
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print(p2.x, p2.y, p3.y, hasattr(p3, "__dict__"))
half = Point.__new__(Point)
half.x = 5
h2 = copy.deepcopy(half)
print(h2.x, hasattr(h2, "y"))

# inherited attributes
class Base:
    def __init__(self):
        self.base = [1]

class Child(Base):
    def __init__(self):
        super().__init__()
        self.own = "x"

ch = copy.deepcopy(Child())
print(type(ch).__name__, ch.base, ch.own, vars(ch))
