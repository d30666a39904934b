import math
for x in [2.5, -2.5, 3, -0.5, 1e20, True, 2**70 + 0.0, -7.999]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
