import math
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum(x / 3 for x in range(10)))
print(math.fsum([1, 1e-16, 1e-16]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]))
for data in ([1e308, 1e308], [math.inf, -math.inf]):
    try:
        math.fsum(data)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
math.fsum(5)
