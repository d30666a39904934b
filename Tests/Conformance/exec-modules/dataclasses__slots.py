from dataclasses import dataclass, field

@dataclass(slots=True)
class Reading:
    sensor: str
    value: float = 0.0

r = Reading("t1", 21.5)
print(r, r.__slots__, Reading.__slots__)
print(hasattr(r, "__dict__"))
try:
    r.unit = "C"
except AttributeError as e:
    print(type(e).__name__, e)
r.value = 22.0
print(r, Reading("t2"))

@dataclass(slots=True, frozen=True)
class Key:
    a: int
    b: str = "x"

k = Key(1)
print(k, hash(k) == hash((1, "x")), {k: 1}[Key(1, "x")])
try:
    k.a = 2
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class WithFactory:
    items: list = field(default_factory=list)
    count: int = field(default=0, init=False)

w = WithFactory()
w.items.append(1)
print(w, WithFactory(), w.count)

try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    dataclass(weakref_slot=True)(type("W", (), {"__annotations__": {"x": int}}))
except TypeError as e:
    print(type(e).__name__, e)
