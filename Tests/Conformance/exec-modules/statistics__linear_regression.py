import statistics

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = statistics.linear_regression(year, films_total)
print(slope, intercept, round(slope * 2019 + intercept))
r = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(r, r.slope, r.intercept, r[0], r[1], len(r), tuple(r), list(r))
print(r == (2.0, 1.0), statistics.linear_regression([1, 2], [1, 2]) == statistics.linear_regression([1, 2], [1, 2]))
print(statistics.linear_regression([1, 2, 3], [2.5, 5.1, 7.4], proportional=True))
print(statistics.linear_regression([0.5, 1.5, 2.5, 3.5], [1.2, 1.9, 3.2, 3.8]))
print(statistics.linear_regression(range(10), [2 * v + 0.5 for v in range(10)]))
# Monthly revenue trend and a forecast.
revenue = [120.5, 125.0, 131.25, 129.75, 140.0, 146.5]
trend = statistics.linear_regression(range(1, 7), revenue)
print('trend %.4f per month, forecast month 7: %.2f' % (trend.slope, trend.slope * 7 + trend.intercept))
for x, y in [([1, 1, 1], [1, 2, 3]), ([1], [2]), ([1, 2], [3])]:
    try:
        print(statistics.linear_regression(x, y))
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
try:
    statistics.linear_regression([1, 2], [3, 4], True)
except TypeError as e:
    print('TypeError', e)
