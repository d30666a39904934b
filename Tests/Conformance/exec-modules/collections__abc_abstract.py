from collections.abc import Mapping, Sized, Hashable, Sequence, MutableMapping, Iterator, Set

# An ABC subclass must implement the abstract methods before it can be instantiated.
class NoMethods(Mapping):
    pass

class OnlyLen(Sized):
    pass

class Plain(Hashable):
    pass

class HalfSequence(Sequence):
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i * 10

class ReadOnlyish(MutableMapping):
    def __getitem__(self, k):
        return 1
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0

class Done(Iterator):
    def __next__(self):
        raise StopIteration

class Sizes(Sized):
    def __len__(self):
        return 3

for cls in (NoMethods, OnlyLen, Plain, HalfSequence, ReadOnlyish, Done, Sizes):
    try:
        obj = cls()
        print(cls.__name__, "ok", isinstance(obj, Sized))
    except TypeError as e:
        print(type(e).__name__, e)

class Later(HalfSequence):
    def __len__(self):
        return 2

print(list(Later()), len(Later()), Later()[1], isinstance(Later(), Sequence))
print(sorted(Set.__abstractmethods__), sorted(Iterator.__abstractmethods__))
