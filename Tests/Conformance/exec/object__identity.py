a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), None is None)
b.append(2)
print(a)
def f(x=[]):
    x.append(1)
    return x
print(f(), f(), f([0]))
