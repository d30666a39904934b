from decimal import *
c = getcontext()
for a, b in [("1.23", "0.1"), ("1.20", "0.1"), ("1.2", "0.001"), ("-1.25", "0.1")]:
    c.clear_flags()
    r = Decimal(a).quantize(Decimal(b))
    print(a, b, r, c.flags[Inexact], c.flags[Rounded])
