def a():
    v = 1
    def b():
        def c():
            nonlocal v
            v += 10
            return v
        return c()
    b()
    return v
print(a())
def acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
add = acc()
add(1); print(add(2))
