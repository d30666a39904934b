import itertools as it

c = it.count()
print(next(c), next(c), next(c), c)
print(list(it.islice(it.count(10), 4)), list(it.islice(it.count(1, 3), 4)))
print(list(it.islice(it.count(2.5, 0.5), 4)), list(it.islice(it.count(5, -2), 4)))
print(it.count(5), it.count(1.5), it.count(2, 3), it.count(0, 1.0), it.count(-1, -2), it.count(start=3, step=2))
c = it.count(10, 5)
next(c)
print(c, list(zip("abc", it.count(1))))

cy = it.cycle("AB")
print([next(cy) for _ in range(5)])
print(list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.cycle([])))
src = iter([1, 2])
cy = it.cycle(src)
print(next(cy), next(cy), next(cy), list(src))

r = it.repeat("x", 3)
print(r, list(r), r)
r = it.repeat(7)
print(r, next(r), next(r), r)
print(list(it.repeat(1, 0)), list(it.repeat(1, -5)), it.repeat(None, -1), list(it.repeat("z", times=2)))
print(list(map(pow, range(5), it.repeat(2))))

# zip stops the infinite ones
print(list(zip(it.count(100), it.cycle("xy"), it.repeat(0), "abcd")))
print(dict(zip(["a", "b", "c"], it.count(1))))
print(iter(c) is c, type(c).__name__ != "", c.__next__())
