a = 2 ** 200
print(a, a // 3 ** 50, a % 1000007, -a, a * a - 1, a > 10 ** 60, hash(a) == hash(2 ** 200))
print(int("9" * 50) + 1, str(10 ** 40), len(str(3 ** 1000)))
n = 1
for i in range(1, 40):
    n *= i
print(n)
print(pow(7, 10 ** 20, 13), (-2) ** 65, 10 ** 18 * 10, abs(-(10 ** 30)))
