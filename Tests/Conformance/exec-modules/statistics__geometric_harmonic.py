import statistics
from decimal import Decimal
from fractions import Fraction

print(statistics.geometric_mean([54, 24, 36]), statistics.geometric_mean([1.05, 1.10, 0.97]), statistics.geometric_mean([4]))
print(statistics.geometric_mean([Fraction(1, 2), 8]), statistics.geometric_mean([Decimal('2'), Decimal('8')]), statistics.geometric_mean(iter([2, 18])))
print(statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([60, 40], weights=[7, 3]))
print(repr(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 3)])), repr(statistics.harmonic_mean([Decimal('1.5'), Decimal('2.5')])))
print(statistics.harmonic_mean([5]), statistics.harmonic_mean([0.5]), repr(statistics.harmonic_mean([Decimal('2.5')])), statistics.harmonic_mean([0, 5]))
print(statistics.harmonic_mean([1, 2, 4], weights=[0, 1, 1]), statistics.harmonic_mean([3, 6], weights=[Fraction(1, 2), Fraction(1, 2)]))
# Average speed over two legs of equal distance.
print(statistics.harmonic_mean([90, 60]), statistics.harmonic_mean([90, 60], weights=[120, 30]))
for data, kw in [([], {}), ([-1, 2], {}), ([-1], {}), ([1, 2], {'weights': [1]}), ([1, 2], {'weights': [-1, 1]}), (['x'], {}), ([1, 2], {'weights': [0, 0]})]:
    try:
        print(statistics.harmonic_mean(data, **kw))
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
for data in [[], [1, 0], [-2, 3], ['a']]:
    try:
        print(statistics.geometric_mean(data))
    except (statistics.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
