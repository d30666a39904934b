print(round(0.5), round(1.5), round(2.5), round(-0.5), round(0.125, 2), round(0.375, 2), round(5, -1), round(15, -1), round(25, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(0, 5), round(1e15 + 0.5), round(2.5e-8, 9))
print(abs(-0.0), abs(3), pow(2, 10), pow(2.0, 3), pow(10, -2), 7 // 2.0, -7 // 2.0)
