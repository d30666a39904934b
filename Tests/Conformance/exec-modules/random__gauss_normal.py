# gauss caches its second value (gauss_next); normalvariate does not.
import random

random.seed(55)
print([random.gauss() for _ in range(4)])
print([random.gauss(100, 15) for _ in range(4)])
print(random.gauss(mu=1, sigma=0), random.gauss(sigma=2))

random.seed(55)
g1 = random.gauss()
random.seed(55)
print("seed clears the cached value:", g1 == random.gauss())

r = random.Random(9)
print(r.gauss_next)
first = r.gauss()
print(r.gauss_next is not None, r.gauss() == r.gauss_next or True)
r.gauss_next = 0.5
print(r.gauss(10, 2), r.gauss_next)

random.seed(56)
print([random.normalvariate() for _ in range(4)])
print([random.normalvariate(50, 5) for _ in range(3)])
print([random.lognormvariate(0, 1) for _ in range(3)])
print(random.lognormvariate(1, 0.25), random.normalvariate(0, -1))

for call in [lambda: random.gauss(0, 1, 2), lambda: random.lognormvariate(0), lambda: random.normalvariate("a"), lambda: random.gauss(0, "s")]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
