import math
prices = [19.99, 5.005, 100.0, 0.125]
print([math.floor(p * 100) / 100 for p in prices], [math.ceil(p * 100) / 100 for p in prices], math.fsum(prices), sum(prices))
print(math.isclose(math.fsum([0.1] * 3), 0.3), math.trunc(-19.99), math.copysign(math.floor(abs(-2.5)), -2.5), math.prod([1.05] * 3))
