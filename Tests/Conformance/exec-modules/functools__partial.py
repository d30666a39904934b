from functools import partial

def price(base, qty=1, *, tax=0.2, discount=0.0):
    return round(base * qty * (1 + tax) * (1 - discount), 2)

net = partial(price, tax=0.0)
print(net(10, 3), net(10, qty=2), net(10, tax=0.1))
bulk = partial(price, 5.0, 100)
print(bulk(), bulk(discount=0.1), bulk.func is price, bulk.args, bulk.keywords)

p = partial(max, 1, key=abs)
print(repr(p), p.func, p.args, p.keywords, p(-5, 3))
print(partial(int, base=2)("1011"), partial(int, "ff", 16)(), partial(print, sep="-")("a", "b") is None)

# nested partials are flattened
inner = partial(price, 10)
outer = partial(inner, 2, tax=0.0)
print(outer.func is price, outer.args, outer.keywords, outer(discount=0.5))
print(repr(partial(partial(pow, 2), 3)))

# keyword overriding and mutation of keywords is per object
p1 = partial(price, tax=0.5)
p2 = partial(p1, tax=0.0)
print(p1.keywords, p2.keywords, p1(10), p2(10))

# partial objects accept attributes and are callable
p1.label = "taxed"
print(p1.label, callable(p1), p1.__dict__)

# as sort keys and map functions
rates = {"EUR": 1.0, "USD": 1.1}
def convert(amount, currency):
    return amount * rates[currency]
to_usd = partial(convert, currency="USD")
print(list(map(to_usd, [10, 20])), sorted([3, -7, 5], key=partial(pow, exp=2)))

for f in [lambda: partial(), lambda: partial(1), lambda: partial(price)(), lambda: net(1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# partial's members are read-only; a cmp_to_key wrapper's obj is writable
from functools import cmp_to_key
ro = partial(print)
for name in ["func", "args", "keywords"]:
    try:
        setattr(ro, name, 1)
    except Exception as e:
        print(type(e).__name__, e)
c = cmp_to_key(lambda a, b: 0)(1)
c.obj = 2
print(c.obj)
