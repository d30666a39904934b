from datetime import datetime, timezone
for args in [(2024, 1, 1, 24), (2024, 1, 1, 0, 60), (2024, 1, 1, 0, 0, 60), (2024, 1, 1, 0, 0, 0, 1000000), (2024, 2, 30)]:
    try:
        datetime(*args)
    except ValueError as e:
        print(args, "ValueError", e)
try:
    datetime(2024, 1, 1, tzinfo="UTC")
except TypeError as e:
    print("TypeError", e)
try:
    datetime(2024, 1, 1, fold=2)
except ValueError as e:
    print("ValueError", e)
