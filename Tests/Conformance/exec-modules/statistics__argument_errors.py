import statistics
from statistics import NormalDist

calls = [
    lambda: statistics.mean(),
    lambda: statistics.mean([1], [2]),
    lambda: statistics.mean(data=[1, 2]),
    lambda: statistics.median(values=[1]),
    lambda: statistics.covariance(x=[1], y=[2]),
    lambda: statistics.covariance([1, 2]),
    lambda: statistics.fmean([1], weights=[1], z=1),
    lambda: statistics.variance([1, 2, 3], 2, 3),
    lambda: statistics.pstdev([1, 2], mu=1.5),
    lambda: statistics.quantiles(),
    lambda: statistics.quantiles([1, 2, 3], n=2, method='inclusive'),
    lambda: statistics.correlation([1, 2], [1, 2], 'linear'),
    lambda: statistics.linear_regression([1, 2], [1, 2], proportional=True),
    lambda: NormalDist(1, 2, 3),
    lambda: NormalDist(sigma=2),
    lambda: NormalDist().pdf(),
    lambda: NormalDist().cdf(1, 2),
    lambda: NormalDist().quantiles(n=2),
    lambda: NormalDist.from_samples(),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
