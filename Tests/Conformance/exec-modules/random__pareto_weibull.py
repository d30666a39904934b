# paretovariate and weibullvariate.
import random

random.seed(88)
print([random.paretovariate(1) for _ in range(3)])
print([random.paretovariate(3.5) for _ in range(3)])
print([random.paretovariate(-2) for _ in range(3)])
print([random.weibullvariate(1, 1) for _ in range(3)])
print([random.weibullvariate(2.5, 0.5) for _ in range(3)])
print([random.weibullvariate(10, 3) for _ in range(3)])
print(random.weibullvariate(alpha=1, beta=2), random.paretovariate(alpha=2))

for call in [lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0), lambda: random.paretovariate(),
             lambda: random.weibullvariate(1), lambda: random.paretovariate("a")]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
