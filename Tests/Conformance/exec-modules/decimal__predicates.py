from decimal import Decimal as D, getcontext
for s in ["0", "-0", "1", "-1.5", "inf", "-inf", "nan", "snan", "1e-999999", "1e-1000000", "1e999999"]:
    d = D(s)
    print(s, d.is_zero(), d.is_signed(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_normal(), d.is_subnormal(), d.is_canonical())
print(D("123.45").adjusted(), D("0.001").adjusted(), D("1e5").adjusted(), D("0").adjusted())
