from datetime import date, datetime
a, b = date(2024, 5, 1), date(2024, 5, 2)
print(a < b, a <= b, a == b, a != b, a > b, max(a, b), sorted([b, a]))
print(len({a, date(2024, 5, 1), b}), a == "2024-05-01", a == datetime(2024, 5, 1))
try:
    a < "x"
except TypeError as e:
    print("TypeError", e)
