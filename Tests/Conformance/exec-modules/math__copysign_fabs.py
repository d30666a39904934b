import math
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.copysign(math.inf, -1), math.copysign(2, math.nan))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf), math.fabs(2**60))
