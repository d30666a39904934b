from datetime import date
def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)), age(date(2000, 2, 29), date(2023, 2, 28)))
start, end = date(2024, 1, 1), date(2024, 12, 31)
print((end - start).days + 1, sum(1 for i in range((end - start).days + 1) if date.fromordinal(start.toordinal() + i).weekday() == 0))
quarters = {(d.month - 1) // 3 + 1 for d in [date(2024, 2, 1), date(2024, 5, 1), date(2024, 11, 30)]}
print(sorted(quarters))
