import decimal
from decimal import Decimal, Context, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
bases = ["1.0425", "0.97", "12.5", "3"]
exps = ["0.5", "-1.25", "2.75", "0.0833"]
names = {"Inexact": "I", "Rounded": "R", "Subnormal": "S", "Underflow": "U", "Overflow": "O", "Clamped": "C"}
for prec in (4, 16):
    for mode in modes:
        ctx = Context(prec=prec, rounding=mode, traps=[])
        out = []
        for b in bases:
            for e in exps:
                r = ctx.power(Decimal(b), Decimal(e))
                out.append(f"{r}")
        print(prec, mode, " ".join(out))
small = Context(prec=5, Emin=-20, Emax=20, traps=[])
for b, e in [("0.001", "6.5"), ("0.001", "7.9"), ("1E+3", "6.9"), ("0.5", "70.5"), ("2", "-66.5"), ("1E-7", "2.5")]:
    small.clear_flags()
    r = small.power(Decimal(b), Decimal(e))
    print(b, e, r, "".join(v for k, v in names.items() if small.flags[getattr(decimal, k)]))
for b, e in [("-0.0", "0.5"), ("0", "-0.5"), ("Infinity", "-0.5"), ("1.00", "0.5"), ("1", "Infinity")]:
    small.clear_flags()
    print(b, e, small.power(Decimal(b), Decimal(e)))
