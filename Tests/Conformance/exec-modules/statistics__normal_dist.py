from statistics import NormalDist, StatisticsError
import statistics
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, repr(NormalDist()), NormalDist(1, 0))
print(n.pdf(100), n.pdf(130), n.cdf(130), n.cdf(70), n.inv_cdf(0.975), n.inv_cdf(0.5), n.inv_cdf(1e-10), n.inv_cdf(0.99999))
print(n.quantiles(), n.quantiles(10), n.zscore(130), n.zscore(85.5))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)), n.overlap(n))
print(n + 10, n - 5, n * 2, n / 4, 10 + n, 100 - n, 3 * n, -n, +n, n + NormalDist(0, 20), n - NormalDist(10, 20))
print(n == NormalDist(100, 15), n == NormalDist(100.0, 15.0), n != NormalDist(1, 1), n == 5, hash(n) == hash(NormalDist(100, 15)))
fs = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(fs, fs.mean, fs.stdev)
print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist(mu=5, sigma=2))
temperature_feb = NormalDist.from_samples([4, 12, -3, 2, 7, 14])
print(temperature_feb.cdf(0), temperature_feb * (9/5) + 32)
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.5), lambda: NormalDist(1, 0).zscore(1), lambda: n.overlap(5), lambda: NormalDist(1,0).overlap(n), lambda: NormalDist.from_samples([1]), lambda: NormalDist('a'), lambda: n + 'x']:
    try:
        print(f())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(n.inv_cdf(float('nan')))
