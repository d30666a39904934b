def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = noisy(3)
print("created")
for v in g:
    print("consume", v)
    if v == 1:
        break
print(next(g, "exhausted?"))
it = iter([1, 2, 3])
print(list(zip(it, it)))
