def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
x.close()
def h():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
y = h()
next(y)
y.throw(ValueError("boom"))
def done():
    yield 1
d = done()
print(list(d), list(d))
