from datetime import date, datetime, timedelta
events = {date(2024, 3, 1): "b", date(2024, 1, 15): "a", date(2024, 3, 1) + timedelta(days=0): "c"}
print(events, sorted(events))
stamps = [datetime(2024, 1, 1, 12, 0, 0, 5), datetime(2024, 1, 1, 12), datetime(2023, 12, 31, 23, 59, 59)]
print(sorted(stamps), min(stamps).isoformat())
print(sorted([timedelta(hours=-1), timedelta(0), timedelta(minutes=1)]))
