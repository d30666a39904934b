from datetime import timezone, timedelta, datetime, UTC
for tz in [timezone.utc, timezone(timedelta(0)), timezone(timedelta(hours=1)), timezone(timedelta(hours=-5, minutes=-30)), timezone(timedelta(hours=2), "EET"), timezone(timedelta(seconds=1))]:
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(UTC is timezone.utc, timezone(timedelta(0)) == timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(minutes=60)))
for bad in [timedelta(hours=24), timedelta(hours=-24), timedelta(days=2)]:
    try:
        timezone(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    timezone(5)
except TypeError as e:
    print("TypeError", e)
