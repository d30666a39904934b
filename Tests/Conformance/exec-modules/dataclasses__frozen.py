from dataclasses import dataclass, field, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(52.5, 13.4)
print(c, hash(c) == hash(Coord(52.5, 13.4)), hash(c) == hash((52.5, 13.4)))
for action in ("assign", "new", "delete", "delete_new"):
    try:
        if action == "assign":
            c.lat = 0.0
        elif action == "new":
            c.alt = 30
        elif action == "delete":
            del c.lon
        else:
            del c.nothing
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))
try:
    c.lat = 1
except AttributeError as e:
    print("caught as AttributeError:", e)
try:
    setattr(c, "lon", 2)
except AttributeError as e:
    print("setattr:", e)
print(c)
print({c: "berlin"}[Coord(52.5, 13.4)])
print(len({Coord(1, 2), Coord(1, 2), Coord(2, 1)}))

@dataclass(frozen=True)
class Invoice:
    number: str
    lines: tuple
    total: float = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "total", sum(q * p for q, p in self.lines))

inv = Invoice("INV-1", ((2, 9.5), (1, 1.0)))
print(inv, inv.total)
try:
    inv.total = 0
except FrozenInstanceError as e:
    print(e)

@dataclass(frozen=True, eq=False)
class Token:
    value: str

t = Token("x")
print(t == Token("x"), t == t, hash(t) == hash(t))
try:
    t.value = "y"
except FrozenInstanceError as e:
    print(e)
