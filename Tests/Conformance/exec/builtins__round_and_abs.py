print(round(2.675, 2), round(1234.5678, -2), round(-2.5), round(7), abs(-3.5), abs(-7), round(0.125, 2), round(10.05, 1))
