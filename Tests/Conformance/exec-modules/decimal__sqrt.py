from decimal import Decimal as D, localcontext, InvalidOperation
for s in ["2", "4", "0.25", "100", "1e10", "1e-10", "0", "-0", "0.0004", "10", "1.21", "inf", "12345678901234567890"]:
    print(s, repr(D(s).sqrt()))
with localcontext() as c:
    c.prec = 50
    print(D(2).sqrt())
    c.prec = 5
    print(D(2).sqrt(), D(3).sqrt(), D("0.5").sqrt())
try:
    D(-1).sqrt()
except InvalidOperation as e:
    print("InvalidOperation", e)
