import statistics
from decimal import Decimal

print(issubclass(statistics.StatisticsError, ValueError), statistics.StatisticsError.__name__, statistics.StatisticsError.__module__)
cases = [
    (statistics.mean, ([],)),
    (statistics.fmean, ([],)),
    (statistics.fmean, ([1, 2], [1])),
    (statistics.fmean, ([1, 2], [1, -1])),
    (statistics.mean, (['a', 'b'],)),
    (statistics.mean, ([Decimal(1), 1.5],)),
    (statistics.mean, ([1, 'x'],)),
    (statistics.variance, ([Decimal(1), 2.5],)),
    (statistics.median_high, ([],)),
    (statistics.mode, ([],)),
    (statistics.pstdev, ([],)),
    (statistics.stdev, ([1.0],)),
    (statistics.mean, (5,)),
    (statistics.median, (None,)),
]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except (statistics.StatisticsError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    raise statistics.StatisticsError('custom')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, statistics.StatisticsError))
