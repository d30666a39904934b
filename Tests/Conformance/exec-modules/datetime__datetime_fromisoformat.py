from datetime import datetime
for s in ["2024-01-05", "2024-01-05T10:20", "2024-01-05 10:20:30", "2024-01-05T10:20:30.5", "2024-01-05T10:20:30.123456",
          "2024-01-05T10:20:30Z", "2024-01-05T10:20:30+05:30", "2024-01-05T10:20:30-08:00", "2024-01-05T10", "20240105T102030"]:
    print(s, repr(datetime.fromisoformat(s)))
for s in ["2024-01-05T25:00", "not a date", "2024-13-01T00:00", ""]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError", e)
