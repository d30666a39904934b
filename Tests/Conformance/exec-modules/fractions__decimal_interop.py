from decimal import Decimal, localcontext
from fractions import Fraction as F

for text in ['0.1', '-12.50', '1E-7', '123456789.987654321', '0', '-0']:
    d = Decimal(text)
    f = F(d)
    print(text, f, F.from_decimal(d), d.as_integer_ratio(), f == F(text))
# Converting back: exact division in a decimal context.
f = F(1, 3)
print(Decimal(f.numerator) / Decimal(f.denominator))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(f.numerator) / Decimal(f.denominator))
print(F(Decimal('2.5')) * 2, F(Decimal('19.99')) * 3, float(F(Decimal('0.3'))))
for bad in [Decimal('NaN'), Decimal('Infinity'), Decimal('-Infinity')]:
    try:
        print(F(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
