def f():
    return
    return 1
    return 1, 2
    return *a, b
    yield
    yield 1
    yield 1, 2
    yield from g()
    x = yield
    y = yield 1
    z = yield from h
    await_ = (yield)
