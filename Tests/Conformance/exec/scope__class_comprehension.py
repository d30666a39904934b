class C:
    xs = [1, 2, 3]
    doubled = [x * 2 for x in xs]
    total = sum(xs)
print(C.doubled, C.total)
def outer():
    items = [1, 2]
    class Inner:
        data = items
    return Inner.data
print(outer())
