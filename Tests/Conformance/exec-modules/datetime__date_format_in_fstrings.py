from datetime import date, datetime, timedelta
items = [(date(2024, 1, d), timedelta(hours=h)) for d, h in [(1, 8), (2, 7.5), (3, 9.25)]]
for d, worked in items:
    print(f"{d:%a %d.%m.} {worked} {worked.total_seconds() / 3600:5.2f}h {d!r}")
total = sum((w for _, w in items), timedelta())
print(f"total {total} = {total.total_seconds() / 3600}h")
