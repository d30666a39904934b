from enum import Enum


class Currency(Enum):
    USD = "usd"
    EUR = "eur"
    GBP = "gbp"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Currency("USD"), Currency("Eur"), Currency("gbp"))
try:
    Currency("JPY")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Currency(5)
except ValueError as e:
    print(type(e).__name__, e)


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Broken(2)
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)


class Loud(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError(f"no {value}")


try:
    Loud(9)
except KeyError as e:
    print(type(e).__name__, e)


class Default(Enum):
    UNKNOWN = 0
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN


print([Default(v) for v in (1, 2, 3, "x")])
