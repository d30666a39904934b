def g():
    yield 1
it = g()
next(it)
try:
    next(it)
except StopIteration:
    print("stop")
def bad():
    raise StopIteration
    yield
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
