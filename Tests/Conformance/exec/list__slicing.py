a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2])
a[2:4] = ["x", "y", "z"]; print(a)
a[::2] = range(6); print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
b = [1, 2, 3]; b[1:1] = [9, 9]; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
