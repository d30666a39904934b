from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b", "c"]))
print(reduce(operator.add, [], 0), reduce(operator.add, [5]), reduce(operator.add, [5], 10), reduce(max, [3, 9, 2, 7]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(lambda a, b: a if len(a) >= len(b) else b, ["ab", "abc", "x", "xyz"]))

# compose functions
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)

pipeline = compose(lambda p: p * 1.2, lambda p: p - 5, lambda p: round(p, 2))
print(pipeline(100), pipeline(19.99))

# apply a chain of discounts to a price
discounts = [0.10, 0.05, 0.02]
print(round(reduce(lambda price, d: price * (1 - d), discounts, 250.0), 2))

# nested lookup
config = {"billing": {"tax": {"rate": 0.2}}}
print(reduce(operator.getitem, ["billing", "tax", "rate"], config))

# iterators and generators
print(reduce(operator.add, (x * x for x in range(5))), reduce(operator.add, iter("xyz")))

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: reduce(operator.add, []))
attempt(lambda: reduce(operator.add, iter([])))
attempt(lambda: reduce())
attempt(lambda: reduce(max))
attempt(lambda: reduce(max, 1))
attempt(lambda: reduce(max, [], 0, 1))
attempt(lambda: reduce(max, [], initial=0))
attempt(lambda: reduce(operator.add, [1, "a"]))
attempt(lambda: reduce(5, [1, 2]))
