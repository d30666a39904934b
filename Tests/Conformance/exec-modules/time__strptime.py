# strptime: the struct_time of a parsed string (tm_isdst -1, weekday and day of year computed).
import time

print(time.strptime("2024-03-05", "%Y-%m-%d"))
print(time.strptime("10:20", "%H:%M"))
print(time.strptime("Sat Mar  9 15:04:05 2024"))
print(time.strptime("31/12/99 11:59 PM", "%d/%m/%y %I:%M %p"))
print(time.strptime("2024 060", "%Y %j"))
t = time.strptime("2024-03-09T15:04:05+0130", "%Y-%m-%dT%H:%M:%S%z")
print(t, t.tm_gmtoff)
print(time.strptime("5 March 2021", "%d %B %Y")[:3])

for data, fmt in [("x", "%Y"), ("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    time.strptime(2024, "%Y")
except TypeError as e:
    print(type(e).__name__)
