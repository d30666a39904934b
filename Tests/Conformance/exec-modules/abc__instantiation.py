from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f}"


class HalfDone(Shape):
    def area(self):
        return 1.0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
try:
    ABC()
    print("ABC() is fine")
except TypeError as e:
    print(type(e).__name__, e)


class OnlyOne(ABC):
    @abstractmethod
    def run(self):
        pass


try:
    OnlyOne()
except TypeError as e:
    print(type(e).__name__, e)
