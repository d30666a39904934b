from datetime import datetime, timedelta
dt = datetime(2024, 2, 28, 23, 30)
print(dt + timedelta(hours=1), dt + timedelta(days=1, minutes=45), dt - timedelta(weeks=9), timedelta(seconds=90) + dt)
print(datetime(2024, 3, 1) - datetime(2024, 2, 28, 12), datetime(2024, 1, 1) - datetime(2024, 1, 1, 0, 0, 1))
print(repr(datetime(2025, 1, 1) - datetime(2024, 1, 1)), (datetime(2024, 1, 2) - datetime(2024, 1, 1)).total_seconds())
print(dt + timedelta(microseconds=1), dt - timedelta(microseconds=1))
try:
    datetime(9999, 12, 31, 23) + timedelta(hours=1)
except OverflowError as e:
    print("OverflowError", e)
