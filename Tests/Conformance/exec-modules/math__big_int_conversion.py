import math
print(math.log(10**1000, 10), math.log2(2**5000), math.isqrt(10**100))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(e)
math.exp(10**400)
