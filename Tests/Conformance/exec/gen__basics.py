def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)), sum(count(5)), max(count(3)))
g = count(2)
print(next(g), next(g), next(g, "done"))
def squares():
    for i in range(3):
        x = yield i * i
        if x:
            print("got", x)
s = squares()
print(next(s), s.send("hi"), next(s))
def delegate():
    yield "start"
    r = yield from sub()
    yield r
def sub():
    yield 1
    yield 2
    return "sub-done"
print(list(delegate()))
print(list(x * 2 for x in range(4) if x % 2 == 0))
