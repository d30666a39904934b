# Business-like use: spotting unusual transaction amounts with z-scores.
import statistics

amounts = [120.0, 98.5, 130.25, 101.0, 115.75, 99.99, 870.0, 105.5, 122.0, 118.4]
mu = statistics.mean(amounts)
sigma = statistics.stdev(amounts)
print('mean', mu, 'stdev', sigma, 'pstdev', statistics.pstdev(amounts))
for a in amounts:
    z = (a - mu) / sigma
    flag = 'OUTLIER' if abs(z) > 2 else ''
    print('%8.2f %7.3f %s' % (a, z, flag))
clean = [a for a in amounts if abs((a - mu) / sigma) <= 2]
print('clean mean', statistics.mean(clean), 'clean stdev', statistics.stdev(clean))
print('variance', statistics.variance(clean), 'cv %.4f' % (statistics.stdev(clean) / statistics.mean(clean)))
cents = [int(a * 100) for a in clean]
print(statistics.mean(cents), statistics.median(cents), statistics.pvariance(cents))
