from decimal import Decimal as D
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), ("7.5", "2"), ("-7.5", "2"), ("10", "0.3"), ("1E+3", "7"), ("0.5", "0.2")]:
    x, y = D(a), D(b)
    print(a, b, x // y, x % y, divmod(x, y))
print(7 // D(2), 7 % D(2), divmod(7, D(2)))
print(-7 // 2, -7 % 2)
