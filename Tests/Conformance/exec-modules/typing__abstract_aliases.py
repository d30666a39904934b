from typing import Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, Mapping, MutableMapping, MutableSequence, Collection, Reversible, Generator, AbstractSet
from types import MappingProxyType


def gen():
    yield 1


class Bag:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


samples = {"list": [1], "tuple": (1,), "str": "ab", "dict": {"a": 1}, "set": {1}, "frozenset": frozenset(), "int": 3,
           "gen": gen(), "iter": iter([1]), "range": range(3), "bag": Bag(), "none": None, "func": len, "proxy": MappingProxyType({})}
for alias in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, Mapping, MutableMapping, MutableSequence, Collection, Reversible, Generator, AbstractSet):
    hits = [name for name, value in samples.items() if isinstance(value, alias)]
    print(alias, hits)


def flatten(value):
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes, Mapping)):
        return [x for item in value for x in flatten(item)]
    return [value]


print(flatten([1, [2, (3, "four")], {"k": 5}, range(2)]))
