from decimal import Decimal as D
for s in ["1.50", "-0", "123e5", "inf", "-inf", "nan", "snan12", "0E-3"]:
    t = D(s).as_tuple()
    print(repr(t), t.sign, t.digits, t.exponent, t[0], len(t), list(t))
sign, digits, exp = D("-3.14").as_tuple()
print(sign, digits, exp)
print(D("3.14").as_tuple() == (0, (3, 1, 4), -2))
