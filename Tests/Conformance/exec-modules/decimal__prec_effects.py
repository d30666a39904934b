from decimal import *
for p in [1, 2, 3, 5, 10, 28, 40]:
    with localcontext(prec=p):
        print(p, Decimal(1) / 7, Decimal(2) ** 64, Decimal("123.456") + Decimal("0.0001"), Decimal("9.99") * Decimal("9.99"))
