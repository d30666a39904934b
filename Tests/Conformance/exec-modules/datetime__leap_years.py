from datetime import date, timedelta
for y in [1900, 2000, 2004, 2023, 2024, 2100, 2400]:
    feb = (date(y, 3, 1) - timedelta(days=1)).day
    print(y, feb, (date(y + 1, 1, 1) - date(y, 1, 1)).days)
