# uniform is a + (b - a) * random(); triangular swaps ends when u > c.
import random

random.seed(44)
print([random.uniform(0, 1) for _ in range(3)])
print([random.uniform(10, -10) for _ in range(3)])
print(random.uniform(5, 5), random.uniform(1, 2**60), random.uniform(-1.5, 2.25))

print([random.triangular() for _ in range(3)])
print([random.triangular(0, 10) for _ in range(3)])
print([random.triangular(0, 10, 8) for _ in range(4)])
print([random.triangular(5, 1, 2) for _ in range(3)])
print(random.triangular(3, 3), random.triangular(3, 3, 3), random.triangular(low=2, high=4, mode=4))
print(random.triangular(0, 1, 0), random.triangular(0, 1, 1))

for args in [(1,), ("a", "b"), (1, "b")]:
    try:
        print(random.uniform(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    random.triangular(0, 1, "m")
except TypeError as e:
    print(type(e).__name__, e)
