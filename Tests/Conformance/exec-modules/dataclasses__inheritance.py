from dataclasses import dataclass, field, fields

@dataclass
class Entity:
    id: int
    created: str = "2024-01-01"

@dataclass
class Customer(Entity):
    name: str = "anon"
    created: str = "2024-06-01"

c = Customer(7, name="Ann")
print(c)
print([f.name for f in fields(Customer)])
print(Customer.__doc__)
print(Customer(1) == Customer(1), Customer(1) == Entity(1))
print(isinstance(c, Entity))

class Mixin:
    def describe(self):
        return f"{type(self).__name__}#{self.id}"

@dataclass
class Supplier(Mixin, Entity):
    rating: int = 3

print(Supplier(9).describe(), Supplier(9))

class NotADataclass(Customer):
    extra = "x"

print(NotADataclass(3), [f.name for f in fields(NotADataclass)])

@dataclass
class VipCustomer(NotADataclass):
    level: int = 1

print(VipCustomer(4, level=2))

@dataclass(frozen=True)
class FrozenBase:
    x: int

for attempt in ("frozen from plain", "plain from frozen"):
    try:
        if attempt == "frozen from plain":
            @dataclass(frozen=True)
            class A(Entity):
                pass
        else:
            @dataclass
            class B(FrozenBase):
                y: int = 0
    except TypeError as e:
        print(type(e).__name__, e)

@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    y: int = 0

print(FrozenChild(1, 2), hash(FrozenChild(1, 2)) == hash((1, 2)))

try:
    @dataclass
    class Broken(Entity):
        missing: str
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Repr(Entity):
    def __repr__(self):
        return f"<Repr {self.id}>"

print(Repr(3), Repr(3) == Repr(3))
