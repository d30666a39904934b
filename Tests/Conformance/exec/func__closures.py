def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
