import itertools as it

print(list(it.chain("ab", [1, 2], (3,), range(2))))
print(list(it.chain()), list(it.chain([], [])), list(it.chain.from_iterable(["xy", "z", ""])))
print(list(it.chain.from_iterable([[1, 2], [3], []])), list(it.chain.from_iterable(it.repeat("ab", 2))))
nested = [[("a", 1)], [("b", 2), ("c", 3)]]
print(dict(it.chain.from_iterable(nested)))

ch = it.chain([1], iter([2, 3]))
print(next(ch), next(ch), list(ch), list(ch))

# chain is lazy: a bad iterable only fails when it is reached
lazy = it.chain([1, 2], 5)
print(next(lazy), next(lazy))
try:
    next(lazy)
except TypeError as e:
    print(type(e).__name__, e)

print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.compress(range(10), [x % 3 == 0 for x in range(10)])))
print(list(it.compress([1, 2, 3], [True])), list(it.compress([1], [1, 1, 1])))
print(list(it.compress(data=["a", "b"], selectors=[0, 1])))

products = ["pen", "book", "lamp", "mug"]
in_stock = [True, False, True, True]
print(list(it.compress(products, in_stock)))
print(list(it.compress(products, map(lambda p: len(p) > 3, products))))

for f in [lambda: it.chain(x=1), lambda: it.chain.from_iterable(), lambda: next(it.chain.from_iterable([1, 2])),
          lambda: it.compress([1]), lambda: it.compress(1, [1]), lambda: it.compress([1], 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
