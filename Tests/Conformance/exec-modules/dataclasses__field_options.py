from dataclasses import dataclass, field

@dataclass(order=True)
class Employee:
    name: str = field(compare=False)
    salary: int = 0
    ssn: str = field(default="***", repr=False, compare=False)
    rank: int = field(default=0, init=False)
    note: str = field(default="", hash=True, compare=False)

a = Employee("ann", 100, "123")
b = Employee("bob", 100, "456")
print(a, b)
print(a == b, a < b, a <= b, sorted([Employee("z", 3), Employee("y", 1), Employee("x", 2)]))
a.rank = 5
print(a == b, a.rank, b.rank)
try:
    Employee("c", 1, "s", 3)
except TypeError as e:
    print(e)
print(Employee.__doc__)
print(Employee.__match_args__)

@dataclass(unsafe_hash=True)
class Keyed:
    key: str
    cache: dict = field(default_factory=dict, hash=False, compare=False)
    weight: int = field(default=1, hash=False)

k1, k2 = Keyed("a", {"x": 1}), Keyed("a", {}, 1)
print(k1 == k2, hash(k1) == hash(k2), hash(k1) == hash(("a",)))
print(Keyed("a", weight=2) == k1, hash(Keyed("a", weight=2)) == hash(k1))

@dataclass(repr=False)
class Quiet:
    x: int

print(repr(Quiet(1)).startswith("<__main__.Quiet object at"))

@dataclass(init=False)
class Manual:
    x: int
    y: int = 2

    def __init__(self, total):
        self.x = total - self.y

print(Manual(10), Manual.__doc__)

@dataclass(eq=False, match_args=False)
class Bare:
    v: int

print(Bare(1) == Bare(1), hasattr(Bare, "__match_args__"))
