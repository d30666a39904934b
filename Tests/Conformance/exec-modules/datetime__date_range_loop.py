from datetime import date, timedelta
d = date(2024, 2, 26)
out = []
while d <= date(2024, 3, 4):
    out.append(f"{d.isoformat()}:{d.isoweekday()}")
    d += timedelta(days=1)
print(out)
print([date(2024, m, 1).strftime("%b") for m in range(1, 13)])
print([d.isocalendar()[1] for d in [date(2024, 12, 30), date(2025, 1, 5), date(2027, 1, 1)]])
