a = b = c = [1]
b.append(2)
print(a, c, a is c)
x, (y, z), *w = 1, (2, 3), 4, 5
print(x, y, z, w)
