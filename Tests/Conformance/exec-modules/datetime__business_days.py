from datetime import date, timedelta
def add_business_days(start, n):
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
for start in [date(2024, 1, 5), date(2024, 12, 20), date(2024, 2, 28)]:
    print(start, start.strftime("%a"), add_business_days(start, 1), add_business_days(start, 10))
def month_end(d):
    nxt = d.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)
print([str(month_end(date(2024, m, 1))) for m in range(1, 13)])
