# expect: RS201
def f(*, locals=None):
    return locals

result = f()
