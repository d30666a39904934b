from datetime import timedelta
for td in [timedelta(), timedelta(1), timedelta(seconds=1), timedelta(microseconds=1), timedelta(days=-1), timedelta(seconds=-1),
           timedelta(hours=25), timedelta(weeks=2, days=3), timedelta(milliseconds=1500), timedelta(minutes=-90), timedelta(days=1, seconds=86399, microseconds=999999)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
