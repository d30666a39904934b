def inner():
    x = yield 1
    y = yield 2
    return (x, y)
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
g = outer()
print(next(g), g.send("a"), g.send("b"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
