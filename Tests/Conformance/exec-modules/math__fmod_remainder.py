import math
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2), math.fmod(1, math.inf), math.fmod(-0.0, 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(1, math.inf), math.remainder(4.5, 1.0))
for a, b in [(1, 0), (math.inf, 1)]:
    for f in (math.fmod, math.remainder):
        try:
            f(a, b)
        except ValueError as e:
            print(f.__name__, a, b, e)
