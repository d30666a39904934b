from datetime import datetime, timezone, timedelta
ny = timezone(timedelta(hours=-5), "EST")
tokyo = timezone(timedelta(hours=9))
dt = datetime(2024, 1, 15, 9, 30, tzinfo=ny)
print(dt, dt.tzname(), dt.utcoffset())
print(dt.astimezone(timezone.utc), dt.astimezone(tokyo), repr(dt.astimezone(tokyo)))
print(dt.astimezone(timezone.utc).astimezone(ny) == dt, dt.astimezone(tokyo).strftime("%Y-%m-%d %H:%M %Z %z"))
print(datetime(2024, 12, 31, 23, tzinfo=timezone.utc).astimezone(tokyo))
