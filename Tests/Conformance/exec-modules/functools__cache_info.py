from functools import lru_cache, cache

@cache
def square(x):
    """Square a number."""
    return x * x

for v in [2, 3, 2, 2, 4]:
    square(v)
info = square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[-1], tuple(info), list(info), len(info))
print(info == (3, 2, None, 3) or info == (2, 3, None, 3), info == (2, 3, None, 3))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
print(square.__name__, square.__doc__, square.__wrapped__(5), square.cache_parameters())
print(square.__qualname__, square.__module__)

@lru_cache(maxsize=3)
def lookup(key):
    return key.upper()

for k in "abcdabe":
    lookup(k)
print(lookup.cache_info())
lookup.cache_clear()
print(lookup.cache_info(), lookup("z"), lookup.cache_info())

# cached methods share one cache keyed by (self, args)
class Catalog:
    def __init__(self, name):
        self.name = name
    @lru_cache(maxsize=None)
    def price(self, sku):
        return len(sku) * 10 + len(self.name)

c1, c2 = Catalog("a"), Catalog("bb")
print(c1.price("xyz"), c1.price("xyz"), c2.price("xyz"), Catalog.price.cache_info())

# attributes on the wrapper are kept in its __dict__
square.note = "memoized"
print(square.note, "note" in square.__dict__, "__wrapped__" in square.__dict__)
