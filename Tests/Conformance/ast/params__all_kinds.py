def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def g(a, /): pass
def h(*, a): pass
def i(a, *, b=1): pass
def j(*args, **kwargs): pass
def k(a=1, /, b=2): pass
