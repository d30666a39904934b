def g():
    x = yield
    y = yield a, b
    f((yield))
    z = yield from range(3)
    (yield)
    lambda: (yield)
