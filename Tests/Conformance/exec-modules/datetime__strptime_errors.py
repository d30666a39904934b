from datetime import datetime
for s, f in [("2024-01-05", "%Y/%m/%d"), ("2024-01-05 extra", "%Y-%m-%d"), ("2023-02-29", "%Y-%m-%d"), ("2024-01-05", "%Y-%m-%d %q"), ("13:00 pm", "%I:%M %p"), ("2024-01-32", "%Y-%m-%d")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(repr(s), repr(f), "ValueError", e)
