global a, b
def f():
    global c
    x = 1
    def g():
        nonlocal x
        x = 2
    return g
