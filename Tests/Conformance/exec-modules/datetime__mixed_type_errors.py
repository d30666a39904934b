from datetime import date, datetime, time, timedelta
cases = [
    ("date + date", lambda: date(2024, 1, 1) + date(2024, 1, 2)),
    ("time + timedelta", lambda: time(1) + timedelta(hours=1)),
    ("timedelta - date", lambda: timedelta(1) - date(2024, 1, 1)),
    ("timedelta * timedelta", lambda: timedelta(1) * timedelta(1)),
    ("datetime - date", lambda: datetime(2024, 1, 1) - date(2024, 1, 1)),
    ("date < datetime", lambda: date(2024, 1, 1) < datetime(2024, 1, 1)),
]
for text, f in cases:
    try:
        print(text, f())
    except TypeError as e:
        print(text, "->", e)
