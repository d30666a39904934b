from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.GREEN))
print(str(Color.BLUE), f"{Color.BLUE}", format(Color.RED, ">12") + "|")
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color))
print(len(Color), [c.name for c in Color])
print(Color.RED in Color, isinstance(Color.GREEN, Color), isinstance(Color.GREEN, Enum))
print(Color, type(Color.RED) is Color)
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.RED.value == 1)
print(list(reversed(Color)))
print(bool(Color), bool(Color.RED))
print(Color.__name__, Color.RED.__class__.__name__)


class Empty(Enum):
    pass


print(list(Empty), len(Empty))
for i, c in enumerate(Color, start=1):
    print(i, c.name.lower(), c.value * 10)
print(dict((c.name, c.value) for c in Color))
print(vars(Color.RED)["_name_"], Color.RED._value_)
