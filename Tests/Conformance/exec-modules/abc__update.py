from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


class Base(ABC):
    @abstractmethod
    def a(self):
        ...

    @abstractmethod
    def b(self):
        ...


class Partial(Base):
    def a(self):
        return "a"


print(sorted(Base.__abstractmethods__), sorted(Partial.__abstractmethods__))
Partial.b = lambda self: "b"
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
update_abstractmethods(Partial)
p = Partial()
print(p.a(), p.b(), Partial.__abstractmethods__)


def plain(x):
    return x


marked = abstractmethod(plain)
print(marked is plain, plain.__isabstractmethod__)
Dyn = ABCMeta("Dyn", (), {"go": abstractmethod(lambda self: 1), "stay": lambda self: 2})
print(sorted(Dyn.__abstractmethods__), type(Dyn) is ABCMeta)
try:
    Dyn()
except TypeError as e:
    print(type(e).__name__, e)
Impl = ABCMeta("Impl", (Dyn,), {"go": lambda self: 3})
print(Impl().go(), Impl().stay())
print(update_abstractmethods(int) is int)
