# Decimal money arithmetic: line totals, VAT, rounding, sums.
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 28
cent = Decimal('0.01')
vat = Decimal('0.21')
total = Decimal(0)
for i in range(40000):
    price = Decimal(i % 1000) / 7 + Decimal('0.99')
    qty = Decimal(i % 13 + 1)
    line = (price * qty).quantize(cent, rounding=ROUND_HALF_UP)
    tax = (line * vat).quantize(cent, rounding=ROUND_HALF_UP)
    total += line + tax
print(total, total / 40000, total.sqrt())
