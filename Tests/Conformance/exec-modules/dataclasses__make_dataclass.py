from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError

Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
p = Point(1)
print(p, Point(2, 3), p == Point(1, 0))
print(Point.__name__, [f.name for f in fields(Point)], Point.__doc__)

Record = make_dataclass("Record", ["id", ("tags", list, field(default_factory=list))], frozen=True)
r = Record(7)
print(r, asdict(r), [f.type for f in fields(Record)])
try:
    r.id = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)

Scored = make_dataclass("Scored", [("score", float, field(default=0.0))], bases=(Point,), order=True,
                        namespace={"total": lambda self: self.x + self.y + self.score})
s = Scored(1, 2, 0.5)
print(s, s.total(), sorted([Scored(0, 0, 2.0), Scored(0, 0, 1.0)]))

for bad in (["x", "x"], ["class"], ["1x"], [("a", int, 0, 4)], [3], [("a",)]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(type(e).__name__, e)
