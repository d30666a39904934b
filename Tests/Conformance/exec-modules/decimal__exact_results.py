from decimal import Decimal as D, getcontext, Inexact, Rounded
c = getcontext()
for a, b in [("1", "8"), ("1.00", "4"), ("123", "10"), ("2.4", "1.2"), ("1e3", "1e1"), ("5", "0.25"), ("7", "7")]:
    c.clear_flags()
    print(a, b, D(a) / D(b), c.flags[Inexact], c.flags[Rounded])
