from datetime import timedelta
td = timedelta(seconds=1)
for n in [3, 7, -3, 6]:
    print(n, td / n, repr(td / n), td // n)
for f in [0.1, 1/3, 2.5, -0.7, 1e-7]:
    print(f, repr(td * f), repr(td / f) if f else "")
print(repr(timedelta(microseconds=1) * 0.5), repr(timedelta(microseconds=3) * 0.5), repr(timedelta(microseconds=-1) * 0.5))
