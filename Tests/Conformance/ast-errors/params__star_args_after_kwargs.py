def f(x, **k, *a):
    pass
