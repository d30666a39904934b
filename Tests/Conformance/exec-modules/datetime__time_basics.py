from datetime import time, timezone, timedelta
for t in [time(), time(9), time(9, 5), time(9, 5, 7), time(9, 5, 7, 1), time(23, 59, 59, 999999), time(12, tzinfo=timezone.utc)]:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
t = time(14, 5, 9, 250000)
print(t.isoformat(timespec="milliseconds"), t.isoformat("minutes"), t.strftime("%I:%M %p"), f"{t:%H.%M}", t.replace(hour=1))
print(time(1) < time(2), time(1) == time(1, 0), time.min, time.max, bool(time()))
print(repr(time.fromisoformat("10:20:30.5")), repr(time.fromisoformat("10:20+02:00")))
try:
    time(25)
except ValueError as e:
    print("ValueError", e)
