def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(take(5, naturals()), take(3, (x * x for x in naturals() if x % 2)))
def windows(xs, k):
    for i in range(len(xs) - k + 1):
        yield xs[i:i + k]
print(list(windows([1, 2, 3, 4, 5], 3)))
