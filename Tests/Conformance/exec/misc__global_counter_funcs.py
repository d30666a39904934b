calls = 0
def tracked(f):
    def w(*a):
        global calls
        calls += 1
        return f(*a)
    return w
@tracked
def add(a, b): return a + b
for i in range(5):
    add(i, i)
print(calls)
