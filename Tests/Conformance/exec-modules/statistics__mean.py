import statistics
from decimal import Decimal
from fractions import Fraction

print(statistics.mean([1, 2, 3, 4, 4]), statistics.mean([1, 2, 2.5]), statistics.mean([-1.0, 2.5, 3.25, 5.75]))
print(statistics.mean([1, 2]), statistics.mean([1, 2, 3]), statistics.mean([True, False, True]))
print(repr(statistics.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)])))
print(repr(statistics.mean([Decimal("0.5"), Decimal("0.75"), Decimal("0.625"), Decimal("0.375")])))
print(repr(statistics.mean([Decimal('1.10'), 2, Decimal('3.3')])), repr(statistics.mean([Fraction(1, 2), 1])))
print(statistics.mean([Fraction(1, 2), 0.25]), statistics.mean([0.1] * 10), sum([0.1] * 10) / 10)
print(statistics.mean([1e308, 1e308]), statistics.mean([1e-320, 3e-320]), statistics.mean([10 ** 30, 1]))
print(statistics.mean(range(1, 101)), statistics.mean(iter([3, 4, 8])), statistics.mean(x * 0.5 for x in range(7)))
print(statistics.mean((5,)), statistics.mean({1: 'a', 3: 'b'}), statistics.mean([2 ** 0.5, 3 ** 0.5]))
print(type(statistics.mean([1, 3])).__name__, type(statistics.mean([1, 2])).__name__, type(statistics.mean([1.0, 3])).__name__)
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([1, 2]), statistics.fmean(iter([0.1] * 10)))
print(statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]), statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.fmean([Fraction(1, 3), Decimal('0.5')]), statistics.fmean(range(10 ** 5)))
