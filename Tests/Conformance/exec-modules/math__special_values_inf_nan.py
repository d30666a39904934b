import math
inf, nan = math.inf, math.nan
print(math.exp(-inf), math.exp(inf), math.log(inf), math.atan(inf), math.tanh(-inf), math.erf(-inf), math.erfc(inf), math.gamma(inf), math.lgamma(-inf), math.sqrt(inf), math.fabs(-inf))
print(math.floor(2.0), math.isnan(math.fmod(nan, 1)), math.hypot(inf, nan), math.fsum([inf, inf]), math.copysign(0.0, -1), math.atan2(-0.0, 0.0), math.expm1(-inf), math.log1p(inf))
print(math.cos(nan), math.pow(inf, 0), math.pow(nan, 1), math.modf(nan), math.frexp(nan), math.ldexp(inf, -10000))
