from datetime import datetime, timezone, timedelta
dt = datetime(2024, 11, 5, 7, 8, 9, 10, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for f in ["%Y-%m-%dT%H:%M:%S.%f%z", "%I:%M:%S %p", "%H%M", "%Z", "%z", "%a, %d %b %Y %H:%M:%S", "%c", "%X", "%x", "%y%j", "%-d/%-m %-H:%M", "%G %V %u"]:
    print(repr(f), dt.strftime(f))
naive = datetime(2024, 1, 1, 0, 0)
print(repr(naive.strftime("%z|%Z")), naive.strftime("%I %p"), datetime(2024, 1, 1, 12).strftime("%I %p"), datetime(2024, 1, 1, 23).strftime("%I %p"))
print(f"{dt:%Y/%m/%d}", "{0:%H:%M}".format(dt), format(dt, ""))
