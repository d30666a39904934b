# sample: the pool algorithm for small populations, the set algorithm for large ones.
import random

random.seed(17)
print(random.sample(range(10), 10))
print(random.sample(range(10), 3))
print(random.sample("abcdefghij", 4))
print(random.sample((1, 2, 3), 0))
print(random.sample(range(100), 10))
print(random.sample(range(1000), 5))
print(random.sample(range(10**12), 6))
print(random.sample(range(30), 6), random.sample(range(21), 6), random.sample(range(22), 6))
print(random.sample(range(90), 20), random.sample(range(200), 20))
print(random.sample([[1], [2], [3], [4]], 2))
print(random.sample(b"bytes", 3))
print(random.sample(population=range(5), k=2))

for args in [([1, 2], 3), ([1, 2], -1), ({1, 2, 3}, 1), ({"a": 1}, 1), (5, 1), ([1, 2], 1.5), ([1, 2], "1")]:
    try:
        print(random.sample(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    random.sample([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 1, [1, 1])
except TypeError as e:
    print(type(e).__name__, e)
