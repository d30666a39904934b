def inner():
    yield 1
    yield int("bad")
def outer():
    yield from inner()
for v in outer():
    print(v)
