a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a != b)
print(1 == 1.0, a is not b, None is None)
