from collections import UserDict, UserList
from collections.abc import Mapping, MutableSequence

class Settings(UserDict):
    """Keys are normalised to lower case; unknown keys fall back to a default."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<default {key}>"

s = Settings({"Currency": "EUR"}, Rounding=2)
s["TAX"] = 0.2
print(s, s["currency"], s["nothing"], "tax" in s, len(s), s.data)
print(s.get("currency"), s.get("zz", "-"), sorted(s), list(s.items()))
s.update(Mode="strict")
print(s.pop("mode"), s.setdefault("region", "eu"), s)
c = s.copy()
c["extra"] = 1
print(type(c).__name__, "extra" in s, c)
print(s | {"X": 1}, {"y": 2} | UserDict(a=1), isinstance(s, Mapping), s == dict(s.data))
print(UserDict.fromkeys("ab", 0), UserDict(), UserDict(None, k=1))
del s["tax"]
print(s.popitem(), s)
try:
    UserDict({}, {})
except TypeError as e:
    print(type(e).__name__, e)

class Basket(UserList):
    def total(self):
        return sum(price for _, price in self)

b = Basket([("tea", 3.5), ("milk", 1.25)])
b.append(("bread", 2.0))
b.extend([("jam", 4.0)])
b += [("eggs", 2.75)]
print(b.total(), len(b), b[0], type(b[1:3]).__name__, b[1:3])
b.sort(key=lambda item: item[1])
print([name for name, _ in b], b.index(("tea", 3.5)), b.count(("tea", 3.5)))
print(b.pop(), b.pop(0), ("milk", 1.25) in b, isinstance(b, MutableSequence))
b.reverse()
print(b, list(reversed(b)), b == list(b.data), b < [("zzz", 0)])
print(UserList([1, 2]) + [3], [0] + UserList([1]), UserList([1]) * 3, 2 * UserList([4]))
b2 = b.copy()
b2.clear()
print(type(b2).__name__, b2, len(b))
try:
    UserList([1]).remove(5)
except ValueError as e:
    print(type(e).__name__, e)
