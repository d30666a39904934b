import statistics
from decimal import Decimal, localcontext
from fractions import Fraction

data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(statistics.stdev(data), statistics.pstdev(data), statistics.stdev(data, xbar=2.875), statistics.pstdev(data, mu=2.875))
print(statistics.stdev([1, 2, 3, 4]), statistics.pstdev([1, 2, 3, 4]), statistics.stdev([2, 2]), statistics.pstdev([5]))
print(statistics.stdev([Fraction(1), Fraction(2), Fraction(4)]), statistics.pstdev([Fraction(1, 3), Fraction(2, 3)]))
print(repr(statistics.stdev([Decimal('1.5'), Decimal('2.5'), Decimal('2.75')])), repr(statistics.pstdev([Decimal(1), Decimal(2)])))
print(repr(statistics.stdev([Decimal('10.00'), Decimal('10.50'), Decimal('9.75'), Decimal('10.25')])), repr(statistics.pstdev([Decimal(3), Decimal(3)])))
with localcontext() as ctx:
    ctx.prec = 6
    print(repr(statistics.stdev([Decimal(1), Decimal(2), Decimal(4)])))
print(statistics.stdev([0.1, 0.2, 0.3, 0.4]), statistics.stdev(range(1, 11)), statistics.pstdev([1e300, -1e300]))
print(statistics.stdev([10 ** 20, 10 ** 20 + 1]), statistics.stdev([1e-300, 2e-300, 4e-300]), statistics.stdev([x / 7 for x in range(20)]))
for f, data in [(statistics.stdev, [1]), (statistics.pstdev, [])]:
    try:
        print(f(data))
    except statistics.StatisticsError as e:
        print(f.__name__, e)
