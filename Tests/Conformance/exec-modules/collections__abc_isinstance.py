import collections
import collections.abc
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator,
                             Sized, Hashable, Callable, Set, MutableSet, Container, Collection,
                             Reversible, Generator, KeysView, ItemsView, ValuesView)
from collections import OrderedDict, Counter, defaultdict, deque, ChainMap, namedtuple

abcs = (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Sized, Hashable,
        Callable, Set, MutableSet, Container, Collection, Reversible, Generator, KeysView)
samples = [{}, [], (), "s", b"b", bytearray(), set(), frozenset(), range(3), 5, 2.5, None,
           iter([]), (x for x in []), len, lambda: 1, OrderedDict(), Counter(), defaultdict(),
           deque(), ChainMap(), {}.keys(), {}.values(), {}.items(), namedtuple("P", "x")(1)]
for v in samples:
    print(type(v).__name__, [c.__name__ for c in abcs if isinstance(v, c)])

print(issubclass(dict, Mapping), issubclass(list, Sequence), issubclass(int, Iterable))
print(issubclass(Counter, MutableMapping), issubclass(str, Hashable), issubclass(list, Hashable))
print(collections.abc.Mapping is Mapping, collections.abc.Sequence is Sequence)
print(Mapping, type(Mapping).__name__, Mapping.__module__, Mapping.__name__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))

class Sz:
    def __len__(self):
        return 0

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

print(isinstance(Sz(), Sized), isinstance(Sz(), Iterable), issubclass(Sz, Sized))
print(isinstance(It(), Iterator), isinstance(It(), Iterable), isinstance(It(), Sized))
print(isinstance(print, Callable), isinstance(Sz, Callable), isinstance(Sz(), Callable))

# Validating rule input by shape rather than by exact type.
def describe(value):
    if isinstance(value, Mapping):
        return "mapping of %d" % len(value)
    if isinstance(value, (str, bytes)):
        return "text"
    if isinstance(value, Sequence):
        return "sequence of %d" % len(value)
    if isinstance(value, Iterable):
        return "iterable"
    return "scalar"

for v in [{"a": 1}, OrderedDict(b=2), "abc", [1, 2], (1,), deque([1]), {1, 2}, 7, (i for i in "ab")]:
    print(describe(v))

def total(prices: Mapping[str, float], skus: Sequence[str]) -> float:
    return sum(prices[s] for s in skus)
print(total({"a": 1.5, "b": 2.0}, ["a", "b", "a"]))
