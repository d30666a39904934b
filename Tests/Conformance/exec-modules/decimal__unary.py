from decimal import Decimal as D, localcontext
print(-D("1.5"), +D("1.50"), abs(D("-3.25")), -D("0"), +D("-0"), abs(D("-inf")), -D("nan"))
with localcontext() as c:
    c.prec = 3
    print(+D("1.23456"), -D("9.9999"), abs(D("-123456")))
