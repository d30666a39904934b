def f():
    del (x), [y], z.a, w[0:1]
    return (yield)
