import statistics
from fractions import Fraction

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(z, x), statistics.covariance(x, x))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y))
orbital = [36, 67, 93, 142, 484, 889, 1790, 2830, 3600]
mass = [0.33, 4.87, 5.97, 0.642, 1898, 568, 86.8, 102, 0.0146]
print(statistics.correlation(orbital, mass), statistics.correlation(orbital, mass, method='ranked'))
print(statistics.correlation(x, [v ** 3 for v in x], method='ranked'), statistics.correlation([1, 2, 2, 3], [2, 2, 1, 0], method='ranked'))
print(statistics.covariance([1.5, 2.5, 3.1], [10, 30.5, 20]), statistics.correlation([1.5, 2.5, 3.1], [10, 30.5, 20]))
print(statistics.covariance([Fraction(1, 2), 1, 2], [3, 1, 0]), statistics.covariance((1, 2), (2, 4)), statistics.correlation(range(5), range(0, 10, 2)))
for args, kw in [(([1, 2], [1]), {}), (([1], [1]), {}), (([1, 1], [1, 2]), {}), (([1, 2], [3, 3]), {}), (([1, 2], [3, 4]), {'method': 'spearman'}), (([1], [2]), {'method': 'ranked'})]:
    for f in (statistics.covariance, statistics.correlation):
        try:
            print(f(*args, **kw))
        except (statistics.StatisticsError, ValueError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    statistics.covariance(iter([1, 2]), [1, 2])
except TypeError as e:
    print('TypeError', e)
