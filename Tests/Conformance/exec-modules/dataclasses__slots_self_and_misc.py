from dataclasses import dataclass, field, fields, asdict, replace, FrozenInstanceError
import dataclasses
@dataclass
class P:
    """My doc."""
    __slots__ = ('x', 'y')
    x: int
    y: int
p = P(1, 2)
print(p, P.__doc__, p == P(1, 2))
print(P.__dataclass_params__)
@dataclass(frozen=True)
class F:
    a: int
class G(F):
    pass
g = G(1)
try:
    g.a = 2
except FrozenInstanceError as e:
    print(e)
try:
    g.b = 2
except FrozenInstanceError as e:
    print(e)
@dataclass
class Self:
    self: int
    other: int = 0
print(Self(1, 2), Self(self=3))
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self):
        return self._v
print(WithProp(3).v)
@dataclass
class D:
    x: int
    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")
try:
    D(-1)
except ValueError as e:
    print(e)
print(dataclasses.is_dataclass(D(1)), len(fields(D)))
@dataclass
class Z:
    d: dict = field(default_factory=lambda: {"a": [1]})
z1, z2 = Z(), Z()
z1.d["a"].append(2)
print(z1, z2)
class Meta:
    pass
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(1, 2), V(1), V(0, 9)]), V(1) < V(1, 1), max(V(2), V(1, 5)))
print(V.__lt__(V(1), V(2)), V.__eq__(V(1), 3))
print(replace(V(1, 2), minor=5))
x = V(1)
x.major += 1
print(x)
print(asdict(V(3, 4)) == {"major": 3, "minor": 4})
print([f.name for f in dataclasses.fields(V)])
print(vars(V(1, 2)))
print(getattr(V(1), "minor"))
