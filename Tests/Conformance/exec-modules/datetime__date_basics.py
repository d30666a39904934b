from datetime import date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, str(d), d.isoformat())
print(date(1, 1, 1), repr(date(9999, 12, 31)), date.min, date.max, date.resolution)
print(d.toordinal(), date.fromordinal(738945), date.fromordinal(1))
print(d.replace(year=2023, day=28), d.replace(month=3))
