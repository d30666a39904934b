from dataclasses import dataclass, field, replace, InitVar

@dataclass(frozen=True)
class Policy:
    name: str
    limit: int = 100
    active: bool = True

p = Policy("basic")
p2 = replace(p, limit=500)
print(p, p2, p is p2)
print(replace(p), replace(p) == p, replace(p) is p)
print(replace(p, name="gold", active=False))
try:
    replace(p, unknown=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(Policy, limit=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace({"name": "x"}, name="y")
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Counter:
    start: int
    count: int = field(init=False, default=0)

c = Counter(5)
c.count = 3
c2 = replace(c, start=6)
print(c2, c2.count)
try:
    replace(c, count=9)
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Scaled:
    base: int
    factor: InitVar[int]
    value: int = field(init=False)

    def __post_init__(self, factor):
        self.value = self.base * factor

s = Scaled(2, 10)
print(s)
try:
    replace(s, base=3)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(s, base=3, factor=2))

@dataclass
class WithDefaultInitVar:
    x: int
    mult: InitVar[int] = 2
    y: int = field(init=False, default=0)

    def __post_init__(self, mult):
        self.y = self.x * mult

print(replace(WithDefaultInitVar(4), x=5))
