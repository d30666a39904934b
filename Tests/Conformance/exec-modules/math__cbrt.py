import math
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(math.inf), math.cbrt(1e300))
