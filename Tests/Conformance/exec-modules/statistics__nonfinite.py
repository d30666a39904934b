import statistics

inf, nan = float('inf'), float('nan')
print(statistics.mean([1, inf]), statistics.mean([1, -inf]), statistics.mean([inf, -inf]), statistics.mean([nan, 1]))
print(statistics.variance([1.0, nan]), statistics.pvariance([inf, 1.0]), statistics.fmean([1, inf]))
print(statistics.median([1, inf, 3]), statistics.median([-inf, inf]), statistics.mode([nan, 1, 1]))
print(statistics.variance([1.0, 2.0, 3.0], xbar=inf), statistics.harmonic_mean([1, inf]))
try:
    statistics.stdev([1.0, nan])
except AttributeError as e:
    print('AttributeError', e)
try:
    statistics.fmean([inf, -inf])
except ValueError as e:
    print('ValueError', e)
