from decimal import Decimal, localcontext

for prec in range(1, 41, 3):
    with localcontext(prec=prec):
        print(prec, Decimal(1).exp(), Decimal(10).ln(), Decimal(2).log10(), Decimal("-0.5").exp(), Decimal("0.3").ln())
with localcontext(prec=80):
    print(Decimal(1).exp())
    print(Decimal(2).ln())
    print(Decimal(2) ** Decimal("0.5"))
