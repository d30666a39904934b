import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.nextafter(1.0, 2.0, steps=3), math.nextafter(0.0, 1.0, steps=0), math.nextafter(-5e-324, 1.0, steps=2), math.nextafter(1.0, 1.0000000000000004, steps=100))
print(math.nextafter(math.inf, 0), math.nextafter(1.7976931348623157e308, math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-3.5), math.ulp(1e308), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
try:
    math.nextafter(1, 2, steps=-1)
except ValueError as e:
    print(e)
math.nextafter(1)
