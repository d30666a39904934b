from decimal import Decimal as D, ROUND_CEILING, ROUND_FLOOR, getcontext, Inexact, Rounded
for s in ["1.5", "2.5", "-1.5", "1e3", "123.000", "-0.1", "0.0", "inf", "nan"]:
    print(s, repr(D(s).to_integral_value()), repr(D(s).to_integral(ROUND_CEILING)), repr(D(s).to_integral_value(rounding=ROUND_FLOOR)))
c = getcontext()
c.clear_flags()
print(D("1.5").to_integral_value(), c.flags[Inexact])
print(D("1.5").to_integral_exact(), c.flags[Inexact], c.flags[Rounded])
