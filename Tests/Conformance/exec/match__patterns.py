def describe(x):
    match x:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"seq {first} {rest}"
        case {"type": "point", "x": px, **others}:
            return f"point {px} {others}"
        case str() as s:
            return "str " + s
        case None:
            return "none"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b):
            return f"point {a},{b}"
        case _:
            return "other"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
for v in [0, 1, -5, 7, [1, 2], [1, 2, 3], (), {"type": "point", "x": 1, "z": 2}, "hi", None, Point(0, 3), Point(2, 3), 2.5]:
    print(describe(v))
