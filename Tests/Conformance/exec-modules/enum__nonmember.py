from enum import Enum, member, nonmember


class Config(Enum):
    DEV = 1
    PROD = 2
    DEFAULT_TIMEOUT = nonmember(30)
    _ignore_ = ["tmp"]
    tmp = 99

    @member
    def custom():
        return "callable member"

    def label(self):
        return self.name.lower()


print([m.name for m in Config])
print(Config.DEFAULT_TIMEOUT, hasattr(Config, "tmp"), Config.custom.value())
print(Config.DEV.label(), len(Config))


class Secret(Enum):
    A = 1
    _Secret__hidden = 5


print(list(Secret), Secret._Secret__hidden)


class Ordered(Enum):
    _order_ = "ONE TWO"
    ONE = 1
    TWO = 2


print(list(Ordered))
try:
    class Wrong(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print(type(e).__name__, e)
