def g():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
gen = g()
print(next(gen), gen.send("a"), gen.send("b"))
try:
    gen.send(None)
except StopIteration as e:
    print("returned", e.value)
print(type(gen).__name__)
