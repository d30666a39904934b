from decimal import *
c = Context(prec=5, Emax=10, clamp=1)
print(c.create_decimal("1e10"), c.create_decimal("1.2e3"), c.create_decimal("0e20"))
c2 = Context(capitals=0)
setcontext(c2)
print(Decimal("1e20"), str(Decimal("1.5e-9")), repr(Decimal("1e20")), format(Decimal("1e20"), ""))
