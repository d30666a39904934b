from datetime import date, datetime, time
try:
    date(2024, 1, 31).replace(month=2)
except ValueError as e:
    print("ValueError", e)
try:
    datetime(2024, 1, 1).replace(hour=24)
except ValueError as e:
    print("ValueError", e)
try:
    time(1).replace(minute=61)
except ValueError as e:
    print("ValueError", e)
try:
    date(2024, 1, 1).replace(yr=2020)
except TypeError as e:
    print("TypeError", e)
