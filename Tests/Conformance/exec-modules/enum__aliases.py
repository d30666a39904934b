from enum import Enum, unique


class Shipping(Enum):
    STANDARD = 1
    EXPRESS = 2
    DEFAULT = 1
    OVERNIGHT = 3
    FAST = 2


print(list(Shipping))
print(len(Shipping), Shipping.DEFAULT, Shipping.DEFAULT is Shipping.STANDARD)
print(Shipping(2), Shipping["FAST"], Shipping.FAST.name)
print(list(Shipping.__members__))
print([(name, m.name) for name, m in Shipping.__members__.items() if name != m.name])
print(Shipping._member_names_)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    X = 1
    Y = 2


print(list(Fine))
try:
    unique(42)
except AttributeError as e:
    print(type(e).__name__, e)


class Coin(Enum):
    PENNY = 1.0
    ONE = 1
    CENT = True


print(list(Coin), Coin(1), Coin(True))
