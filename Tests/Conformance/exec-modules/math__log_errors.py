import math
for args in [(0,), (-1,), (-1.5,), (0.0,), (-10**30,), (10, 1), (10, 0), (-math.inf,)]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for f in (math.log2, math.log10, math.log1p):
    try:
        f(-1)
    except ValueError as e:
        print(f.__name__, e)
math.log("x")
