# gmtime of explicit timestamps: struct_time fields, indexing, unpacking.
import time

for secs in [0, 1, -1, 59.999, -0.5, 86399, 86400, 951782400, 1000000000, 1709996645.9, 2**31, -2**31, 253402300799, -62135596800]:
    t = time.gmtime(secs)
    print(secs, t)

t = time.gmtime(1234567890)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, t[0], t[-1], t[2:5], len(t), tuple(t))
year, month, day, *rest = t
print(year, month, day, rest)
print(list(t) == [t[i] for i in range(9)], 2009 in t, t.n_fields, t.n_sequence_fields)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), time.gmtime(0) == time.gmtime(0.5))

for bad in ["x", float("nan"), 10**20, [0]]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    t[9]
except IndexError as e:
    print(type(e).__name__, e)
