import math
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(2**100, 2**80 * 3))
print(math.lcm(4, 6), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2, 3, 4), math.gcd(True, 4))
for x in [1.5, "a"]:
    try:
        math.gcd(4, x)
    except TypeError as e:
        print(e)
