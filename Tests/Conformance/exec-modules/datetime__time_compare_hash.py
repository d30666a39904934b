from datetime import time, timezone, timedelta
a = time(10, tzinfo=timezone.utc)
b = time(11, tzinfo=timezone(timedelta(hours=1)))
print(a == b, hash(a) == hash(b), a < time(10, 30, tzinfo=timezone.utc))
print(time(10) == a, time(10) != a)
try:
    time(10) < a
except TypeError as e:
    print("TypeError", e)
print(sorted([time(23), time(0, 1), time(12, 30)]))
