def loud(x):
    print("map", x)
    return x * 2
m = map(loud, [1, 2, 3])
print("created")
print(next(m))
print(list(m))
f = filter(lambda v: v % 2, range(6))
print(type(m).__name__, type(f).__name__, list(f), list(f))
