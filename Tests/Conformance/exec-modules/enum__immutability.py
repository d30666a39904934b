from enum import Enum


class Level(Enum):
    LOW = 1
    HIGH = 2


attempts = [
    lambda: setattr(Level, "LOW", 5),
    lambda: delattr(Level, "HIGH"),
    lambda: setattr(Level.LOW, "name", "x"),
    lambda: setattr(Level.LOW, "value", 9),
    lambda: delattr(Level.LOW, "name"),
]
for attempt in attempts:
    try:
        attempt()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class More(Level):
        EXTRA = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Invalid(Enum):
        _reserved_ = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print(type(e).__name__, e)
Level.extra_attribute = "allowed"
print(Level.extra_attribute, list(Level))
print(Level.LOW.name, Level.LOW.value)


class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Concrete(Base):
    ONE = 1
    TWO = 2


print([c.describe() for c in Concrete], isinstance(Concrete.ONE, Base))
Level.LOW.note = "instances take new attributes"
print(Level.LOW.note)
