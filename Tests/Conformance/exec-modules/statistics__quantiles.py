import statistics
from decimal import Decimal
from fractions import Fraction

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in statistics.quantiles(data, n=10)])
print(statistics.quantiles(data), statistics.quantiles(data, method='inclusive'))
print(statistics.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), statistics.quantiles([1.5, 2.5]), statistics.quantiles([1, 2], n=1))
print(statistics.quantiles([Fraction(1), Fraction(2), Fraction(3)], n=3), statistics.quantiles([Decimal('1.5'), Decimal('2.5'), Decimal(4)]))
print(statistics.quantiles(range(100), n=3), statistics.quantiles([7, 1], n=5), statistics.quantiles([2, 4, 6], n=2, method='inclusive'))
print(len(statistics.quantiles(range(1000), n=100)), statistics.quantiles(range(1000), n=100)[:3])
for args, kw in [(([1],), {}), (([1, 2, 3],), {'n': 0}), (([1, 2, 3],), {'method': 'median'}), (([],), {'n': 4})]:
    try:
        print(statistics.quantiles(*args, **kw))
    except (statistics.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
try:
    statistics.quantiles([1, 2, 3], 4)
except TypeError as e:
    print('TypeError', e)
