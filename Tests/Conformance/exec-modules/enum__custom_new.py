from enum import Enum


class Coffee(Enum):
    SMALL = ("S", 2.5)
    LARGE = ("L", 3.75)

    def __new__(cls, code, price):
        member = object.__new__(cls)
        member._value_ = code
        member.price = price
        return member

    def __str__(self):
        return f"{self.name.title()} ({self.price:.2f})"


print(Coffee("S"), repr(Coffee.LARGE), Coffee.LARGE.price, Coffee.SMALL.value)
print([c.value for c in Coffee], sum(c.price for c in Coffee))
try:
    Coffee(("S", 2.5))
except ValueError as e:
    print(type(e).__name__, e)


class Grade(int, Enum):
    def __new__(cls, value, label):
        member = int.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    A = (90, "excellent")
    B = (80, "good")
    C = (70, "fair")


print(Grade(80), Grade.A.label, Grade.A > Grade.B, Grade.C + 5, repr(Grade.B))


def grade_for(score):
    for g in Grade:
        if score >= g:
            return g.label
    return "fail"


print([grade_for(s) for s in (95, 81, 70, 12)])


class Unit(Enum):
    METER = 1, "m"
    INCH = 0.0254, "in"

    def __init__(self, factor, symbol):
        self.factor = factor
        self.symbol = symbol


print(Unit.INCH.factor, Unit.INCH.symbol, Unit.METER.value, Unit((1, "m")))
