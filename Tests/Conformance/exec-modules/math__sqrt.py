import math
for x in [0, 1, 2, 4, 0.25, 1e308, 10**20, True, -0.0]:
    print(x, math.sqrt(x))
print(math.sqrt(math.inf))
