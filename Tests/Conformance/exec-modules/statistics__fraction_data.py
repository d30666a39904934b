import statistics
from fractions import Fraction as F

shares = [F(1, 3), F(1, 4), F(1, 6), F(1, 4)]
print(repr(statistics.mean(shares)), repr(statistics.median(shares)), repr(statistics.mode(shares)))
print(repr(statistics.variance(shares)), repr(statistics.pvariance(shares)), statistics.stdev(shares))
print(repr(statistics.harmonic_mean(shares)), statistics.geometric_mean(shares), statistics.fmean(shares))
print(statistics.quantiles(shares, n=4), statistics.median_low(shares), statistics.median_high(shares))
print(repr(statistics.mean([F(1, 2), 2, True])), statistics.mean([F(1, 2), 0.5]), type(statistics.mean([F(1, 2), 0.5])).__name__)
print(repr(statistics.variance([F(1), 2, 4])), statistics.variance([F(1, 2), 1.5, 2]))
