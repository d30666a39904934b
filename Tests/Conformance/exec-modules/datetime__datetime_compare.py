from datetime import datetime, date, timezone, timedelta
a = datetime(2024, 1, 1, 12)
b = datetime(2024, 1, 1, 12, 0, 0, 1)
print(a < b, a == b, a != b, max(a, b), sorted([b, a])[0])
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
p = datetime(2024, 1, 1, 17, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(u == p, u < p, hash(u) == hash(p), p - u)
print(a == u, a != u, a == date(2024, 1, 1))
try:
    a < u
except TypeError as e:
    print("TypeError", e)
try:
    a - u
except TypeError as e:
    print("TypeError", e)
