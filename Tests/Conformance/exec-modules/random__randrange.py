# randrange: every form, big ranges, and CPython's messages.
import random

random.seed(11)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 15) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -9) for _ in range(10)])
print([random.randrange(-50, -10, 3) for _ in range(5)])
print(random.randrange(2**70), random.randrange(-2**80, 2**80), random.randrange(0, 2**100, 3**20))
print(random.randrange(1), random.randrange(5, 6), random.randrange(10, step=1), random.randrange(True, 3))

cases = [
    (0,), (-3,), (5, 5), (5, 1), (10, 1, 2), (1, 10, -1), (1, 10, 0), (1.5,), ("3",),
    (1, 2.0), (1, "a"), (0, 10, 1.0), (None,), (0, 10, None),
]
for args in cases:
    try:
        print(random.randrange(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)

for kwargs in [{"start": 10, "step": 2}, {"stop": 3}, {"start": 1, "stop": 3, "step": 1, "x": 1}]:
    try:
        print(random.randrange(**kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
