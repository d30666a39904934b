import math
for x in [0.0, 1.0, 8, -3.5, 1e-310, 1e308, math.inf, -0.0]:
    print(x, math.frexp(x))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(1, -1074), math.ldexp(-0.0, 5), math.ldexp(3, 2))
for x in [3.75, -3.75, 0.0, math.inf, -math.inf, 5]:
    print(x, math.modf(x))
try:
    math.ldexp(1.0, 2000)
except OverflowError as e:
    print(e)
math.ldexp(1.0, 1.5)
