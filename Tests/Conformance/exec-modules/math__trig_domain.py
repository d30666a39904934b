import math
for f, x in [(math.asin, 2), (math.acos, -1.5), (math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.atanh, 1), (math.acosh, 0.5)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, e)
print(math.sin(math.nan), math.atanh(0.5), math.acosh(2), math.asinh(1))
