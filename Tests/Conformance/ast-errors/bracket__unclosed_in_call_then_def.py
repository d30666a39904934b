foo(a, b
def g():
    pass
