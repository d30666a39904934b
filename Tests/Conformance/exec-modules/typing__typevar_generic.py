from typing import TypeVar, Generic, List, Dict, Optional

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, float, covariant=True)
print(T, K, V, T.__name__, K.__bound__, V.__constraints__, V.__covariant__)
print(List[T], Dict[K, V], Optional[T], Dict[K, V][str, int], List[T][int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), type(s).__name__, isinstance(s, Stack))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair("a", 1), Pair[str, int]("b", 2.5))
for bad in [lambda: TypeVar("X", int), lambda: TypeVar("Y", covariant=True, contravariant=True), lambda: List[int][str]]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
W = TypeVar("W", contravariant=True)
print(W, repr(TypeVar("Z", bound="Stack")), TypeVar("Z", bound="Stack").__bound__)
