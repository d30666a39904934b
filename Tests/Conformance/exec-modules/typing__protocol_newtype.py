from typing import Protocol, NewType, overload, final, Union, runtime_checkable


class Priced(Protocol):
    def price(self) -> float: ...


class Book:
    def price(self) -> float:
        return 12.5


class Fee(Priced):
    def price(self) -> float:
        return 2.0


def total(items: list[Priced]) -> float:
    return sum(i.price() for i in items)


print(total([Book(), Fee(), Book()]), isinstance(Fee(), Fee))

UserId = NewType("UserId", int)
OrderId = NewType("OrderId", str)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, OrderId("x-1"), UserId.__name__, UserId.__supertype__)
print(UserId(7) + 1, [OrderId(s) for s in ("a", "b")])


@overload
def parse(v: int) -> int: ...
@overload
def parse(v: str) -> int: ...
def parse(v: Union[int, str]) -> int:
    return int(v)


print(parse(3), parse("4"))


@overload
def broken(v: int) -> int: ...


try:
    broken(1)
except NotImplementedError as e:
    print(type(e).__name__, e)


@final
class Leaf:
    pass


@runtime_checkable
class Named(Protocol):
    name: str


print(Leaf.__name__, Named.__name__, Leaf.__final__)
