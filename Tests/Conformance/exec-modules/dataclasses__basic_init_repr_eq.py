from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

p = Point(1, 2)
print(p)
print(repr(p), str(p))
print(p.x, p.y)
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(p == (1, 2), Point(1, 2) in [Point(0, 0), Point(1, 2)])
print(Point(x=3, y=4), Point(5, y=6))
p.x = 10
print(p, p.__dict__)
print(Point.__doc__)
print(Point.__match_args__)
print(Point.__init__.__name__, Point.__repr__.__name__, Point.__eq__.__name__)
print(Point.__hash__)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Empty:
    pass

print(Empty(), Empty() == Empty(), Empty.__match_args__)

@dataclass()
class Named:
    name: str
    tags: tuple = ()

print(Named("a"), Named("b", ("x", "y")))
print(Named("a") == Named("a", ()), Named("a") == Named("a", ("x",)))

class Plain:
    pass

@dataclass
class Holder:
    label: str
    value: float = 0.5

h = Holder("total")
print(h, h.value, Holder.value)
print([Holder(str(i), i / 4) for i in range(3)])
