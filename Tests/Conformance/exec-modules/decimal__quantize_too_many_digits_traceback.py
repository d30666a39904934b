from decimal import Decimal, localcontext
with localcontext() as ctx:
    ctx.prec = 4
    print(Decimal("123.456").quantize(Decimal("0.01")))
