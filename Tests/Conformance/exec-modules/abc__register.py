from abc import ABC, abstractmethod


class Serializer(ABC):
    @abstractmethod
    def dump(self, x): ...


class Legacy:
    def dump(self, x):
        return str(x)


print(isinstance(Legacy(), Serializer), issubclass(Legacy, Serializer))
print(Serializer.register(Legacy) is Legacy)
print(isinstance(Legacy(), Serializer), issubclass(Legacy, Serializer), isinstance(1, Serializer))


class Sub(Legacy):
    pass


print(isinstance(Sub(), Serializer), Serializer.register(Serializer) is Serializer)
try:
    Serializer.register(5)
except TypeError as e:
    print(type(e).__name__, e)
