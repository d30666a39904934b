def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get
inc, get = make_counter()
inc(); inc(5)
print(get())
def make_multipliers():
    result = []
    for i in range(3):
        def m(x, i=i):
            return x * i
        result.append(m)
    return result
print([m(10) for m in make_multipliers()])
def cell_shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(cell_shadow())
