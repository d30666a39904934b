import math
print(math.pow(2, 10), math.pow(2, -1), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(-1, math.inf), math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-0.0, 3), math.pow(0.0, 2))
for a, b in [(0, -1), (-1, 0.5), (-2.0, 1.5), (10.0, 400), (0.0, -2.5)]:
    try:
        print(math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
