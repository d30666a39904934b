import statistics
from decimal import Decimal
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.pvariance(data))
m = statistics.mean(data)
print(statistics.variance(data, m), statistics.variance(data, xbar=1.5), statistics.pvariance(data, mu=m))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.variance([1, 3]), statistics.pvariance([1, 3]))
print(repr(statistics.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)])), repr(statistics.pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)])))
print(repr(statistics.variance([Decimal("27.5"), Decimal("30.25"), Decimal("31.75"), Decimal("34.5"), Decimal("41.75")])))
print(repr(statistics.pvariance([Decimal('1.5'), 2, Decimal('2.25')])), statistics.variance([1, 2.5, Fraction(3)]))
print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), statistics.variance([0.1, 0.2, 0.3]), statistics.pvariance([5]))
print(statistics.variance([10 ** 20 + 1, 10 ** 20 + 2, 10 ** 20 + 3]), statistics.variance([1e15 + 0.5, 1e15 + 1.5]), statistics.variance(iter([2, 4, 4, 4, 5, 5, 7, 9])))
print(statistics.variance([True, False, True]), statistics.pvariance(range(10)), statistics.variance([3, 3, 3]))
for f, data in [(statistics.variance, [1]), (statistics.pvariance, []), (statistics.variance, []), (statistics.variance, ['a', 'b'])]:
    try:
        print(f(data))
    except (statistics.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
