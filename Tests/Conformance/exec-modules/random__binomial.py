# binomialvariate (3.12): p edge cases, n == 1, the geometric method and BTRS.
import random

random.seed(99)
print(random.binomialvariate(), random.binomialvariate(1), random.binomialvariate(1, 0.9))
print([random.binomialvariate(10, 0.3) for _ in range(8)])
print([random.binomialvariate(20, 0.01) for _ in range(8)])
print([random.binomialvariate(100, 0.4) for _ in range(8)])
print([random.binomialvariate(1000, 0.7) for _ in range(8)])
print([random.binomialvariate(10**6, 0.5) for _ in range(4)])
print([random.binomialvariate(15, 0.6) for _ in range(8)])
print(random.binomialvariate(5, 0), random.binomialvariate(5, 1), random.binomialvariate(0, 0.5), random.binomialvariate(0, 1.0))
print(random.binomialvariate(n=30, p=0.5), random.binomialvariate(p=0.25))

for args in [(-1, 0.5), (5, 1.5), (5, -0.1), (5, "p")]:
    try:
        print(random.binomialvariate(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
