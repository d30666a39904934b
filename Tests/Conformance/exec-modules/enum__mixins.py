from enum import Enum


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


print(Status.OPEN, repr(Status.OPEN), Status.OPEN == "open", f"{Status.CLOSED}", Status.OPEN.upper())
print(Status("closed"), isinstance(Status.OPEN, str), Status.OPEN.value, len(Status.OPEN))


class Weight(int, Enum):
    LIGHT = 1
    HEAVY = 10


print(Weight.HEAVY, repr(Weight.HEAVY), Weight.HEAVY + 5, Weight.LIGHT < Weight.HEAVY, Weight(10))
print(format(Weight.LIGHT), str(Weight.LIGHT), Weight.HEAVY * 2)


class Rate(float, Enum):
    LOW = 0.05
    HIGH = 0.2


print(Rate.LOW, repr(Rate.HIGH), Rate.HIGH * 100, round(1000 * Rate.LOW, 2))


class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Point.UNIT, Point.UNIT[0], Point((0, 0)), repr(Point.ORIGIN), len(Point.UNIT))
try:
    class Plain(Enum):
        A = [1, 2]
        B = [3]
    print(Plain([3]), Plain.A.value, Plain._unhashable_values_)
    Plain([9])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print([1, 2] in Plain)
except TypeError as e:
    print(type(e).__name__, e)
