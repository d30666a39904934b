def f(*a, **k):
    return a, k
args = [1, 2]
kw = {"x": 1}
print(f(*args, 3, *args, **kw, y=2))
print([*args, *"ab"], (*args,), {*args, 3}, {**kw, "z": 0})
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
