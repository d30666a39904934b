x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 6)
print([a for a in range(10) if 2 <= a < 5])
