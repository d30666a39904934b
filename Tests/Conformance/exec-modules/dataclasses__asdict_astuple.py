from dataclasses import dataclass, field, asdict, astuple

@dataclass
class Line:
    sku: str
    qty: int
    price: float

@dataclass
class Order:
    id: int
    lines: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    pair: tuple = (0, 0)

o = Order(1, [Line("a", 2, 1.5), Line("b", 1, 4.0)], {"src": Line("c", 0, 0.0), "note": ["x", ("y", Line("d", 1, 1.0))]}, (Line("e", 1, 2.0), 3))
d = asdict(o)
print(d)
print(astuple(o))
print(type(d["lines"][0]).__name__, d["lines"] is o.lines, d["meta"]["note"] is o.meta["note"])
d["lines"][0]["qty"] = 99
print(o.lines[0].qty)
print(asdict(o, dict_factory=list))
print(asdict(Line("z", 1, 2.0), dict_factory=lambda pairs: {k.upper(): v for k, v in pairs}))
print(astuple(Line("z", 1, 2.0), tuple_factory=list))

class Box:
    def __init__(self, v):
        self.v = v

@dataclass
class Holder:
    box: object
    tags: set = field(default_factory=set)

h = Holder(Box(1), {"a"})
hd = asdict(h)
print(type(hd["box"]).__name__, hd["tags"], hd["tags"] is h.tags)

for bad in (Line, 5, [Line("a", 1, 1.0)]):
    for fn in (asdict, astuple):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)

tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
print(asdict(tree))
print(astuple(tree))
