from decimal import *
with localcontext(prec=3) as c:
    for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
        c.rounding = mode
        print(mode, [str(+Decimal(x)) for x in ["999.5", "-999.5", "1005", "1015", "1001", "-1001", "0.9995", "12.05", "12.15"]])
