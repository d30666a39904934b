for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5]:
    print(v, round(v), round(v, 1), round(v, 2))
print(round(123456, -2), round(-155, -1), round(1e300, 2), round(7.0, -1))
