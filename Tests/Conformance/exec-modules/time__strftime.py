# strftime of explicit time tuples: the C locale's names; weekday and day of year as given.
import time

t = (2024, 3, 9, 15, 4, 5, 5, 69, 0)
for f in ["%Y-%m-%d", "%H:%M:%S", "%a %A", "%b %B %h", "%c", "%x %X", "%d/%m/%y", "%I %p", "%j", "%U %W", "%w %u",
          "%e|%k|%l", "%D %F %T %R %r", "%C", "%%", "%Z %z", "plain text", "", "%Y%%%m"]:
    print(repr(f), repr(time.strftime(f, t)))

print(time.strftime("%a %j", (2024, 3, 9, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y-%m-%d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%U %W %j", (2023, 1, 1, 0, 0, 0, 6, 1, 0)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1700000000)))
print(time.strftime("%Z", time.gmtime(0)))

bad = [
    (2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1.5, 1, 0, 0, 0, 0, 1, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0],
    (2024, 1, 1), "2024",
]
for b in bad:
    try:
        print(time.strftime("%Y", b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5, t)
except TypeError as e:
    print(type(e).__name__, e)
