from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Line:
    start: int
    end: int = 0
    _: KW_ONLY
    width: int = 1
    style: str

calls = [
    (Point, (1,), {}),
    (Point, (), {}),
    (Point, (1, 2, 3), {}),
    (Point, (1, 2, 3, 4), {}),
    (Point, (1,), {"x": 2}),
    (Point, (1, 2), {"z": 3}),
    (Point, (), {"y": 1}),
    (Line, (), {}),
    (Line, (1,), {}),
    (Line, (1, 2, 3), {"style": "-"}),
    (Line, (1, 2, 3), {}),
    (Line, (1,), {"style": "-", "colour": 1}),
]
for cls, args, kw in calls:
    try:
        print(cls(*args, **kw))
    except TypeError as e:
        print(type(e).__name__, e)

@dataclass
class Three:
    a: int
    b: int
    c: int

try:
    Three()
except TypeError as e:
    print(e)
try:
    Three(1)
except TypeError as e:
    print(e)
try:
    Point.__init__()
except TypeError as e:
    print(e)
print(Line(1, style="dotted"))
