from datetime import datetime, date, time, timezone, timedelta
d = date(2024, 5, 17)
t = time(18, 45, 30)
print(repr(datetime.combine(d, t)), datetime.combine(d, time(8, tzinfo=timezone.utc)), datetime.combine(d, t, tzinfo=timezone(timedelta(hours=3))))
dt = datetime(2024, 5, 17, 18, 45, 30, 99)
print(dt.replace(year=2025), dt.replace(hour=0, minute=0, second=0, microsecond=0), dt.replace(tzinfo=timezone.utc), dt.replace(day=31))
print(dt.replace(tzinfo=timezone.utc).replace(tzinfo=None))
try:
    dt.replace(month=2, day=30)
except ValueError as e:
    print("ValueError", e)
try:
    datetime.combine("2024-05-17", t)
except TypeError as e:
    print("TypeError", e)
