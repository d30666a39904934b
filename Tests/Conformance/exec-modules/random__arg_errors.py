# Wrong calls report a Python def's messages (random.py) or a C builtin's (_random).
import random

random.seed(0)
calls = [
    lambda: random.random(1),
    lambda: random.random(x=1),
    lambda: random.randint(1, 2, 3),
    lambda: random.randint(a=1),
    lambda: random.randint(1, b=2, a=3),
    lambda: random.choice([1], [2]),
    lambda: random.shuffle(),
    lambda: random.sample(),
    lambda: random.uniform(),
    lambda: random.triangular(1, 2, 3, 4),
    lambda: random.gammavariate(1),
    lambda: random.vonmisesvariate(),
    lambda: random.weibullvariate(1, 2, 3),
    lambda: random.binomialvariate(1, 0.5, 3),
    lambda: random.getstate(1),
    lambda: random.setstate(),
    lambda: random.choices("ab", [1, 1], [1, 2]),
    lambda: random.randbytes(n=2, m=3),
    lambda: random.expovariate(1, 2),
    lambda: random.normalvariate(mu=1, mu2=2),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
