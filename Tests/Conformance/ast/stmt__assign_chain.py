a = b = c = 1
x, y = y, x
[a, b] = 1, 2
(a, b), c = (1, 2), 3
