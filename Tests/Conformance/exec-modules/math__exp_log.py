import math
print(math.exp(0), math.exp(1), math.exp(-1000), math.exp(709))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**400))
print(math.log2(8), math.log2(1024.0), math.log2(3), math.log10(1000), math.log10(2**2000), math.log10(0.001))
print(math.exp2(10), math.exp2(-1), math.expm1(1e-10), math.log1p(1e-10), math.log1p(0), math.expm1(0.0))
print(math.log(math.inf), math.log(math.nan))
