# Business-like use: summarising competitor prices per product.
import statistics
from decimal import Decimal

prices = {
    'widget': [Decimal('9.99'), Decimal('10.49'), Decimal('9.89'), Decimal('12.00'), Decimal('10.49')],
    'gadget': [Decimal('24.50'), Decimal('23.99'), Decimal('26.00'), Decimal('24.50')],
    'gizmo': [Decimal('4.25')],
}
for product, ps in prices.items():
    mean = statistics.mean(ps)
    median = statistics.median(ps)
    line = [product, repr(mean), str(median), str(statistics.median_low(ps)), str(statistics.median_high(ps)), str(statistics.mode(ps))]
    if len(ps) > 1:
        line.append(str(statistics.stdev(ps)))
        line.append(str(mean.quantize(Decimal('0.01'))))
    print(' | '.join(line))

floats = [19.99, 21.5, 18.75, 22.0, 20.25, 19.99, 35.0]
print(statistics.mean(floats), statistics.median(floats), statistics.mode(floats))
q1, q2, q3 = statistics.quantiles(floats)
iqr = q3 - q1
print(q1, q2, q3, iqr, [p for p in floats if p > q3 + 1.5 * iqr])
print(round(statistics.fmean(floats), 2), statistics.median_grouped([20, 20, 21, 22, 22, 22, 25], interval=1))
