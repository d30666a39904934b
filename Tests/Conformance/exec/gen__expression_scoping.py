x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def f():
    y = 2
    return list(i * y for i in range(3))
print(f())
print(sum(i for i in range(10) if i % 2), max((len(w), w) for w in ["aa", "b", "ccc"]))
