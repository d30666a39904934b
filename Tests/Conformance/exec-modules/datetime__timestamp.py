from datetime import datetime, timezone, timedelta
for ts in [0, 1, 1.5, 1700000000, 1700000000.123456, -1, -86400.25, 253402293599]:
    print(ts, datetime.fromtimestamp(ts, timezone.utc), datetime.fromtimestamp(ts, tz=timezone(timedelta(hours=2))))
for dt in [datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))), datetime(2000, 2, 29, 12, 30, 15, 500000, tzinfo=timezone.utc)]:
    print(dt, dt.timestamp())
