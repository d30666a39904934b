from decimal import Decimal, Context, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
values = ["0.1", "1.5", "-2.25", "3", "0.0001", "50"]
for mode in modes:
    ctx = Context(prec=7, rounding=mode)
    row = []
    for v in values:
        row.append(str(ctx.exp(Decimal(v))))
        row.append(str(ctx.ln(Decimal(v).copy_abs())))
        row.append(str(ctx.log10(Decimal(v).copy_abs())))
    print(mode, " ".join(row))

# Powers respect the rounding mode, exp/ln/log10 always round half-even.
for mode in modes:
    ctx = Context(prec=5, rounding=mode)
    print(mode, ctx.power(Decimal(2), Decimal("0.5")), ctx.power(Decimal("1.07"), Decimal("-2.5")), ctx.exp(Decimal("0.69314718")))

ctx = Context(prec=3)
for v in ["2.71828", "0.367879", "7.389"]:
    print(v, ctx.ln(Decimal(v)), sorted(k.__name__ for k, f in ctx.flags.items() if f))
    ctx.clear_flags()
