import math
for f, x in [(math.exp, 1000), (math.exp2, 2000), (math.cosh, 1000), (math.sinh, -1000), (math.expm1, 1000)]:
    try:
        f(x)
    except OverflowError as e:
        print(f.__name__, "OverflowError:", e)
math.exp(710)
