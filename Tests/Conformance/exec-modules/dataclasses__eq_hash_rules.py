from dataclasses import dataclass

def show(cls):
    inst = cls(1)
    h = cls.__dict__.get("__hash__", "absent")
    try:
        hashed = hash(inst) == hash(cls(1))
    except TypeError as e:
        hashed = str(e)
    print(cls.__name__, "hash attr:", "None" if h is None else ("absent" if h == "absent" else "function"), "| equal copies hash equal:", hashed, "| eq:", inst == cls(1))

@dataclass
class Default:
    x: int

@dataclass(eq=False)
class NoEq:
    x: int

@dataclass(frozen=True)
class Frozen:
    x: int

@dataclass(unsafe_hash=True)
class Unsafe:
    x: int

@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 42

@dataclass(eq=False)
class OwnEq:
    x: int
    def __eq__(self, other):
        return True

@dataclass
class BodyEq:
    x: int
    def __eq__(self, other):
        return isinstance(other, BodyEq) and self.x == other.x

for cls in (Default, NoEq, Frozen, Unsafe, Explicit, OwnEq, BodyEq):
    show(cls)
print(hash(Explicit(5)), Unsafe(3) in {Unsafe(3)})
print(NoEq(1) == NoEq(1), NoEq(1) != NoEq(1))
print(Default(1) != Default(2), Default(1) != Default(1))
u = Unsafe(1)
before = hash(u)
u.x = 2
print(before == hash(u), hash(u) == hash(Unsafe(2)))
