# expovariate and vonmisesvariate (circular distribution).
import random

random.seed(66)
print([random.expovariate() for _ in range(4)])
print([random.expovariate(0.5) for _ in range(3)])
print([random.expovariate(-2) for _ in range(3)])
print(random.expovariate(lambd=10))

print([random.vonmisesvariate(0, 0) for _ in range(3)])
print([random.vonmisesvariate(1, 4) for _ in range(4)])
print([random.vonmisesvariate(3.14, 0.5) for _ in range(3)])
print([random.vonmisesvariate(-1, 100) for _ in range(3)])
print(random.vonmisesvariate(0, 1e-7))

for call in [lambda: random.expovariate(0), lambda: random.expovariate("x"), lambda: random.vonmisesvariate(0),
             lambda: random.vonmisesvariate(0, "k"), lambda: random.vonmisesvariate("m", 1)]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
