def f(a, b): pass
def g(a, *, k): pass
def h(x, /): pass
def d(a, b=1): pass
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(1, 2, c=3), lambda: g(1),
             lambda: g(1, 2), lambda: h(x=1), lambda: d(), lambda: d(1, 2, 3), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print(e)
