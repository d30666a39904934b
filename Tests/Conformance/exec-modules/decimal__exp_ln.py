from decimal import Decimal, getcontext, localcontext

for s in ["1", "2", "0.5", "-1", "10", "-10", "1E-10", "123.456", "0.001", "-0.75"]:
    print("exp", s, Decimal(s).exp())
for s in ["2", "10", "0.5", "1E-10", "123.456", "1E+100", "0.999999", "1.000001", "7"]:
    print("ln", s, Decimal(s).ln(), "log10", Decimal(s).log10())

for prec in (1, 3, 9, 20, 50):
    with localcontext(prec=prec):
        print(prec, Decimal(1).exp(), Decimal(2).ln(), Decimal(3).log10())

ctx = getcontext()
ctx.clear_flags()
r = Decimal("0.25").ln()
print(r, [k.__name__ for k, v in ctx.flags.items() if v])
ctx.clear_flags()
print(Decimal(1).ln(), Decimal(0).exp(), Decimal("1000").log10(), Decimal("0.001").log10())
print([k.__name__ for k, v in ctx.flags.items() if v])
print(Decimal("1E+5").log10(), Decimal("1.0E+5").log10(), Decimal("100.00").log10())
print(Decimal(2).ln().exp(), Decimal("2.5").exp().ln())
