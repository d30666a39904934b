import itertools as it

a, b = it.tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))

x, y, z = it.tee("abc", 3)
print(list(x), list(y), list(z))
print(it.tee([1], 0), len(it.tee([1])), len(it.tee([1], 5)))

src = iter(range(5))
p, q = it.tee(src)
print(next(p), next(p), next(q))
print(list(p), list(q))

# look-ahead: compare each price with the next one
prices = iter([5, 7, 6, 9, 9, 3])
cur, nxt = it.tee(prices)
next(nxt, None)
print([("up" if b > a else "down" if b < a else "flat") for a, b in zip(cur, nxt)])

# tee of a generator; the generator runs only once per item
def gen():
    for i in range(3):
        print("produce", i)
        yield i

g1, g2 = it.tee(gen())
print(list(g1))
print(list(g2))

t1, t2 = it.tee(it.count())
print(list(it.islice(t1, 3)), list(it.islice(t2, 2)), next(t1), next(t2))

for f in [lambda: it.tee(), lambda: it.tee(1), lambda: it.tee([1], -1), lambda: it.tee([1], "a"),
          lambda: it.tee([1], n=2), lambda: it.tee([1], 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

import copy
a, b = it.tee([1, 2, 3])
next(a)
c = copy.copy(a)
print(list(a), list(c), list(b))
t1, = it.tee(iter("xyz"), 1)
t2 = t1.__copy__()
print(next(t1), list(t2), list(t1))
