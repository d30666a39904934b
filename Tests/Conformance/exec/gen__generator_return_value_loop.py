def worker():
    total = 0
    for i in range(3):
        total += yield i
    return total
w = worker()
v = next(w)
try:
    while True:
        v = w.send(v * 10)
except StopIteration as s:
    print("total", s.value)
