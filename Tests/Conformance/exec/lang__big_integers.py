f = 1
for i in range(1, 31):
    f *= i
print(f, f.bit_length(), f % 1000007, -f // 7)
print(2 ** 100 - 1, hex(2 ** 70), (2 ** 64) >> 3, 1 << 65)
