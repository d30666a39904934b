from datetime import date
for s in ["2024-01-05", "20240105", "0001-01-01", "9999-12-31"]:
    print(repr(date.fromisoformat(s)))
for s in ["2024-1-5", "2024-02-30", "hello", "2024-01-05T00:00"]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print("ValueError", e)
