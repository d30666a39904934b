def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
g = averager()
next(g)
print(g.send(10), g.send(20), g.send(0))
