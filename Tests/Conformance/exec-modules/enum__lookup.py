from enum import Enum


class Size(Enum):
    SMALL = "s"
    MEDIUM = "m"
    LARGE = "l"


print(Size("m"), Size["LARGE"], getattr(Size, "SMALL"))
print(Size(Size.SMALL) is Size.SMALL)
for raw in ["s", "xl", 3, None]:
    try:
        print(repr(raw), "->", Size(raw))
    except ValueError as e:
        print(type(e).__name__, e)
for key in ["MEDIUM", "medium", "m"]:
    try:
        print(key, "->", Size[key])
    except KeyError as e:
        print(type(e).__name__, e)
try:
    Size.HUGE
except AttributeError as e:
    print(type(e).__name__, e)
print(Size.__members__.get("LARGE"), "XL" in Size.__members__)
print("s" in Size, Size.SMALL in Size, "SMALL" in Size)


class Code(Enum):
    OK = 200
    NOT_FOUND = 404


def describe(code: int) -> str:
    try:
        return Code(code).name
    except ValueError:
        return "UNKNOWN"


print([describe(c) for c in (200, 404, 500)])
try:
    Code()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Enum(1)
except TypeError as e:
    print(type(e).__name__, e)
