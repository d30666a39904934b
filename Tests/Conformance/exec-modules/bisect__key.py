import bisect
from operator import itemgetter

orders = [("o1", 5), ("o2", 12), ("o3", 12), ("o4", 30)]
amount = itemgetter(1)
# key applies to the list items, not to x (for bisect)
print(bisect.bisect_left(orders, 12, key=amount))
print(bisect.bisect_right(orders, 12, key=amount))
print(bisect.bisect(orders, 100, key=amount))

# insort applies key to x as well
bisect.insort(orders, ("o5", 12), key=amount)
bisect.insort_left(orders, ("o6", 12), key=amount)
bisect.insort(orders, ("o0", 1), key=amount)
print(orders)

people = [{"name": "ann", "age": 31}, {"name": "bo", "age": 45}]
bisect.insort(people, {"name": "cy", "age": 38}, key=lambda p: p["age"])
print([p["name"] for p in people])

# key=None is the same as no key
print(bisect.bisect([1, 2, 3], 2, key=None))

# case-insensitive search
words = sorted(["Delta", "alpha", "Charlie", "bravo"], key=str.lower)
print(words, bisect.bisect_left(words, "c", key=str.lower))

# key must be passed by keyword
try:
    bisect.bisect([1, 2], 1, 0, 2, len)
except TypeError as e:
    print(type(e).__name__, e)
