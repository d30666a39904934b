from datetime import datetime, timezone, timedelta
dt = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="_"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.replace(microsecond=0).isoformat(timespec=spec))
aware = dt.replace(tzinfo=timezone(timedelta(hours=-5)))
print(aware.isoformat(), str(aware), datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30, seconds=15))).isoformat())
try:
    dt.isoformat(timespec="days")
except ValueError as e:
    print("ValueError", e)
