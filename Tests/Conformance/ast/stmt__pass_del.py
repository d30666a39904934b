pass
del x
del x, y
del a.b, a[0], a[1:2]
del (a, b), [c]
