from datetime import date
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (0, 1, 1), (10000, 1, 1), (2024, 4, 31), (2024, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, "ValueError", e)
for args in [(2024.0, 1, 1), ("2024", 1, 1)]:
    try:
        date(*args)
    except TypeError as e:
        print(args, "TypeError", e)
try:
    date(2024, 1)
except TypeError as e:
    print("TypeError", e)
