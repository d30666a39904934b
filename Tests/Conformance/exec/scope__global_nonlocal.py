x = 0
def a():
    global x
    x = 10
a()
print(x)
def b():
    y = 1
    def c():
        nonlocal y
        y += 1
    c(); c()
    return y
print(b())
class C:
    v = 1
    w = [v * 2 for _ in range(2)] if False else 2
    def m(self):
        return C.v
print(C().m(), C.w)
