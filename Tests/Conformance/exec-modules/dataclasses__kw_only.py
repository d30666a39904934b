from dataclasses import dataclass, field, KW_ONLY, fields

@dataclass
class Shipment:
    origin: str
    _: KW_ONLY
    express: bool = False
    weight: float

s = Shipment("HAM", weight=2.5)
print(s, Shipment.__match_args__)
print(Shipment.__doc__)
try:
    Shipment("HAM", True, 2.5)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class Config:
    name: str
    retries: int = 3

print(Config(name="svc"), Config(retries=1, name="x"))
try:
    Config("svc")
except TypeError as e:
    print(e)
print([(f.name, f.kw_only) for f in fields(Config)])

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=0)
    c: int = 5

print(Mixed(1), Mixed(1, 2), Mixed(1, b=7), Mixed.__match_args__)
print(Mixed.__doc__)

@dataclass(kw_only=True)
class Override:
    a: int = field(kw_only=False)
    b: int

print(Override(1, b=2))

try:
    @dataclass
    class Twice:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Base:
    x: int
    _: KW_ONLY
    tag: str = "base"

@dataclass
class Derived(Base):
    y: int = 1

print(Derived(1, 2), Derived(1, tag="t"))
print(Derived.__doc__)
