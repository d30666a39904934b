from datetime import datetime
dt = datetime(2024, 3, 10, 14, 30, 5, 123)
print(dt, repr(dt), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
for args in [(2024, 1, 1), (2024, 1, 1, 5), (2024, 1, 1, 5, 6), (2024, 1, 1, 5, 6, 7), (2024, 1, 1, 0, 0, 0, 1)]:
    d = datetime(*args)
    print(repr(d), str(d))
print(datetime.min, datetime.max, datetime.resolution)
print(datetime(2024, 1, 1, fold=1).__repr__())
print(dt.date(), dt.time(), repr(dt.timetz()), dt.weekday(), dt.isocalendar(), dt.toordinal())
