from typing import NamedTuple, List


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, repr(p), p.x, p[1], p.dist(), Point(5), Point(y=3, x=1), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point._field_defaults, p._asdict(), p._replace(y=9), Point._make([7, 8]), len(p), list(p))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: p._replace(z=1)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try: p.x = 5
except AttributeError as e: print(type(e).__name__, e)
x, y = p
print(x, y, hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]), Point.__doc__, p.__match_args__ if hasattr(p, '__match_args__') else None)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e: print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        _a: int
except ValueError as e: print(type(e).__name__, e)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields)
class P3(Point):
    def norm(self): return self.x ** 2
print(P3(3, 4).norm(), P3(3, 4))
match p:
    case Point(x=1, y=yy): print("matched", yy)
print(Point.__annotations__, p.__slots__ if hasattr(p, '__slots__') else '-', Point.__mro__)
try: p.z = 1
except AttributeError as e: print(type(e).__name__, e)
