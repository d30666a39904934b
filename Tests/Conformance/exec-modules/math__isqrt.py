import math
print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10**40), math.isqrt(2**200 - 1), math.isqrt(True))
try:
    math.isqrt(1.0)
except TypeError as e:
    print(e)
math.isqrt(-4)
