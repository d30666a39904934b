import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, None), math.perm(3, 5), math.perm(10, 0))
print(math.comb(10**6, 2), math.perm(20, 20) == math.factorial(20))
for args in [(-1, 2), (3, -1), (1.0, 2), (5, "2")]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except (ValueError, TypeError) as e:
            print(f.__name__, args, type(e).__name__, e)
