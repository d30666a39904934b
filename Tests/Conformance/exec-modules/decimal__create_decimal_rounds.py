from decimal import *
c = Context(prec=5, rounding=ROUND_HALF_UP)
for v in ["3.14159265", "123456789", "-0.000012345678", "99999.5", 12345678, 0.1]:
    print(repr(v), repr(c.create_decimal(v)))
print(c)
print(repr(Decimal("3.14159265")))
