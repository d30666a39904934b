# Float seeds go through hash(); other types are refused.
import random

for seed in [0.0, 1.0, 1.5, -1.5, 3.14159, 1e300, -2.5e-10, float("inf")]:
    random.seed(seed)
    print(seed, random.random())

random.seed(2.0)
a = random.random()
random.seed(2)
print("2.0 seeds like 2:", a == random.random())

for bad in [[1, 2], (1, 2), {"a": 1}, {1, 2}, 3 + 4j, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.seed(1, versio=2)
except TypeError as e:
    print(type(e).__name__, e)
