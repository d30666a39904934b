from datetime import date
for y in [2015, 2020, 2021, 2024, 2026, 2032, 1, 9999]:
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        d = date(y, *md)
        print(d, tuple(d.isocalendar()))
