def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def echo():
    r = yield "ready"
    while True:
        r = yield r * 2
e = echo()
print(next(e), e.send(1), e.send(5))
try:
    g = (x for x in [1])
    g.send(5)
except TypeError as ex:
    print(ex)
