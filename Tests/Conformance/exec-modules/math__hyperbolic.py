import math
for x in [0, 0.5, 1, -2, 10, 20]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.tanh(math.inf), math.tanh(-math.inf), math.cosh(-math.inf))
