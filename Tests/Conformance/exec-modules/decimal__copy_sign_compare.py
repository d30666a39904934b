from decimal import Decimal as D
print(D("1.5").copy_abs(), D("-1.5").copy_abs(), D("1.5").copy_negate(), D("2").copy_sign(D("-1")), D("-2").copy_sign(1))
print(D(1).compare(D(2)), D(2).compare(D("2.0")), D(3).compare(2), D(1).compare(D("nan")))
print(D("3.5").real, D("3.5").imag, D("3.5").conjugate())
