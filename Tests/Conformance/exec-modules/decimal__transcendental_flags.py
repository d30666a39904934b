from decimal import Decimal, Context, ROUND_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR

def flags(c):
    return ",".join(k.__name__[:4] for k, v in c.flags.items() if v)

for rounding in (ROUND_HALF_EVEN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    for clamp in (0, 1):
        c = Context(prec=6, Emax=20, Emin=-20, rounding=rounding, clamp=clamp, traps=[])
        row = []
        for op, args in [("exp", ("46",)), ("exp", ("-46",)), ("exp", ("-52",)), ("exp", ("1E-8",)), ("ln", ("1E-20",)),
                         ("log10", ("1E+20",)), ("power", ("10", "20.5")), ("power", ("0.1", "20.5")), ("power", ("0.1", "25")),
                         ("power", ("2", "-70")), ("power", ("1.5", "1E+6")), ("scaleb", ("1.5", "19"))]:
            c.clear_flags()
            r = getattr(c, op)(*[Decimal(a) for a in args])
            row.append(f"{r}[{flags(c)}]")
        print(rounding, clamp, " ".join(row))
