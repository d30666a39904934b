from datetime import date, timedelta
d = date(2024, 1, 31)
print(d + timedelta(days=1), d + timedelta(days=29), d - timedelta(days=31), timedelta(days=366) + d)
print(d - date(2023, 1, 31), date(2024, 3, 1) - date(2024, 2, 1), date(2000, 1, 1) - date(2024, 1, 1))
print(d + timedelta(hours=47), d - timedelta(seconds=1))
try:
    date(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print("OverflowError", e)
try:
    d + 1
except TypeError as e:
    print("TypeError", e)
