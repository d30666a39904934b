from collections.abc import Mapping, MutableMapping, MutableSequence, MutableSet, Sequence, Iterator, Collection, Reversible

class CaseInsensitive(Mapping):
    def __init__(self, data):
        self._data = {k.lower(): v for k, v in data.items()}
    def __getitem__(self, key):
        return self._data[key.lower()]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

ci = CaseInsensitive({"Tax": 0.2, "Fee": 3})
print(ci["TAX"], ci.get("fee"), ci.get("nope", "-"), "tAx" in ci, "x" in ci, len(ci))
print(list(ci), list(ci.keys()), list(ci.items()), list(ci.values()))
print(ci == {"tax": 0.2, "fee": 3}, ci != {"tax": 0.2}, dict(ci), isinstance(ci, MutableMapping))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
print(s.setdefault("d", 4), s.setdefault("a", 99), s.pop("a"), s.pop("zz", None), s.popitem(), len(s))
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError", e)
s.clear()
print(len(s), dict(s))

class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)

st = Stack()
st.append(1)
st.extend([2, 3, 2])
st += [4]
print(list(st), st.index(2), st.count(2), 3 in st, list(reversed(st)), st.pop(), st.pop(0), list(st))
st.remove(2)
st.reverse()
print(list(st), isinstance(st, Sequence), isinstance(st, Reversible))
try:
    st.index(42)
except ValueError as e:
    print("ValueError", repr(e))

class Bag(MutableSet):
    def __init__(self, it=()):
        self._d = dict.fromkeys(it)
    def __contains__(self, x):
        return x in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def add(self, x):
        self._d[x] = None
    def discard(self, x):
        self._d.pop(x, None)

b = Bag([1, 2, 3])
print(sorted(b & {2, 3, 4}), sorted(b | {9}), sorted(b - {1}), sorted(b ^ {3, 4}), type(b & {2}).__name__)
print(b <= Bag([1, 2, 3, 4]), b < b, b == Bag([3, 2, 1]), b.isdisjoint([7]), b.isdisjoint([1]))
b.remove(1)
b |= [5]
print(sorted(b))
try:
    b.remove(42)
except KeyError as e:
    print("KeyError", e)

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__, isinstance(Countdown(1), Collection))
Sequence.register(CaseInsensitive)
print(isinstance(ci, Sequence), isinstance(ci, Collection), issubclass(CaseInsensitive, Reversible))
