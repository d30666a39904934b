from decimal import Decimal as D, localcontext
for s in ["1.500", "100", "1E+2", "0.00", "-0.000", "120.0300", "1.23E-5", "inf", "nan"]:
    print(s, repr(D(s).normalize()))
with localcontext() as c:
    c.prec = 3
    print(D("123456").normalize(), D("1.23456").normalize())
