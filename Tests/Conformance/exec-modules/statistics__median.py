import statistics
from decimal import Decimal
from fractions import Fraction

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 7, 2], [2.5], [1, 2], [3, 1.5], [Fraction(1, 2), Fraction(3, 4)], [Decimal('1.1'), Decimal('2.2')], [Fraction(1, 2), 0.75]]:
    print(data, statistics.median(data), statistics.median_low(data), statistics.median_high(data))
print(statistics.median(['b', 'a', 'c']), statistics.median_low(['b', 'a', 'c', 'd']), statistics.median_high(['b', 'a', 'c', 'd']))
print(statistics.median(range(10)), statistics.median(iter([9, 1, 5])), statistics.median((4, 4, 4, 4)))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.median_grouped([2.5]), statistics.median_grouped([1, 3, 3, 5, 7], 0.5))
print(statistics.median_grouped([Fraction(1, 2), 2, 2]), statistics.median_grouped([Decimal('1.5'), 4]))
for f in (statistics.median, statistics.median_low, statistics.median_high, statistics.median_grouped):
    try:
        f([])
    except statistics.StatisticsError as e:
        print(f.__name__, e)
for data in [['a', 'b'], [1, 'a']]:
    try:
        print(statistics.median(data))
    except TypeError as e:
        print('TypeError', e)
try:
    statistics.median_grouped(['1', '2', '3'])
except TypeError as e:
    print('TypeError', e)
try:
    statistics.median_grouped(['a'])
except TypeError as e:
    print('TypeError', e)
