import math
for x in [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, 2, 100]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
print(math.asin(1), math.acos(-1), math.asin(0.5), math.acos(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(math.inf, math.inf), math.atan2(math.inf, -math.inf), math.atan2(1, math.inf), math.atan2(1, -math.inf))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
