import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10), math.prod(["ab"], start=3))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [10, 10]), math.sumprod([0.1] * 10, [0.1] * 10), math.sumprod([], []))
for call in [lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.sumprod([1], [1, 2])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
math.prod([1, "a", 2])
