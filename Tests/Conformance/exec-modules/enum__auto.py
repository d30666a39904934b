from enum import Enum, Flag, StrEnum, auto


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step))


class Lower(StrEnum):
    ALPHA = auto()
    Beta = auto()


print(list(Lower), [m.value for m in Lower])


class Bits(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print([(m.name, m.value) for m in Bits], Bits.AB)


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"

    NORTH = auto()
    SOUTH = auto()


print([m.value for m in Named])


class Start(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return (count + 1) * 100

    LOW = auto()
    HIGH = auto()


print([m.value for m in Start])
a = auto()
print(repr(a))
try:
    class Late(Enum):
        X = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print(type(e).__name__, e)


class Pairs(Enum):
    ONE = (auto(), "one")
    TWO = (auto(), "two")


print(Pairs.ONE.value, Pairs.TWO.value)
