from decimal import Decimal as D
x = D("2.5")
print(x + 1, 1 + x, x - 3, 3 - x, x * 4, 4 * x, x / 2, 5 / x, x // 2, 7 // x, x % 2, 7 % x, x ** 2, 2 ** D(3))
print(x + True, D(10**30) + 1, sum([D("0.1")] * 10) == 1)
y = D("1.1")
y += 2
y *= 3
y -= D("0.3")
y /= 2
print(y)
