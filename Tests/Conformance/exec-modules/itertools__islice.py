import itertools as it

s = "ABCDEFG"
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)))
print(list(it.islice(s, None)), list(it.islice(s, None, 3)), list(it.islice(s, 1, None, 3)), list(it.islice(s, 10)))
print(list(it.islice(s, 5, 2)), list(it.islice(s, 0)), list(it.islice(s, 3, 3)), list(it.islice(range(100), 10, 50, 15)))
print(list(it.islice(it.count(), 3, 20, 4)), list(it.islice(it.cycle("ab"), 5)))

# islice consumes from a shared iterator
src = iter(range(10))
print(list(it.islice(src, 3)), list(it.islice(src, 2)), list(src))
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))

# pagination of a result stream
def page(iterable, number, size=3):
    return list(it.islice(iterable, (number - 1) * size, number * size))

items = [f"item{i}" for i in range(8)]
print(page(items, 1), page(items, 3), page(items, 4))

# first n matches only, lazily
evens = (n for n in it.count(1) if n % 7 == 0)
print(list(it.islice(evens, 4)))

for f in [lambda: it.islice([1]), lambda: it.islice([1], -1), lambda: it.islice([1], "a"), lambda: it.islice([1], 1, -2),
          lambda: it.islice([1], -3, 2), lambda: it.islice([1], 1, 2, 0), lambda: it.islice([1], 1, 2, -1),
          lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], 1.5), lambda: it.islice([1], None, "x"),
          lambda: it.islice(5, 1), lambda: it.islice([1], stop=1), lambda: it.islice()]:
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)
