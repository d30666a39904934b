from datetime import date
for d in [date(2024, 1, 1), date(2023, 1, 1), date(2020, 12, 31), date(2021, 1, 3), date(2026, 11, 22), date(2008, 12, 29), date(2010, 1, 3), date(2015, 12, 31), date(1, 1, 1)]:
    print(d, d.weekday(), d.isoweekday(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.ctime())
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2024, 1, 1))
