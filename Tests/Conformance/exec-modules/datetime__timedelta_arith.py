from datetime import timedelta
a = timedelta(hours=1, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a, a * 0.5, a / 2, a / 7, a / b, a // b, a % b, divmod(a, b))
print(a // 7, timedelta(days=1) / timedelta(hours=1), timedelta(seconds=10) * 2.5, timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
print(sum([a, b, b], timedelta()), a > b, a == timedelta(seconds=5400), bool(timedelta()), bool(b))
print(len({timedelta(hours=1), timedelta(minutes=60)}), a == 5400)
