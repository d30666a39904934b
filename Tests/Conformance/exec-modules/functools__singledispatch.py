from functools import singledispatch

@singledispatch
def describe(value):
    return f"something: {value!r}"

@describe.register(int)
def _(value):
    return f"int {value}"

@describe.register
def _(value: list):
    return f"list of {len(value)}"

@describe.register(str)
@describe.register(bytes)
def _(value):
    return f"text {value!r}"

describe.register(float, lambda v: f"float {v:.2f}")

print(describe(3), describe(True), describe([1, 2]), describe("hi"), describe(b"x"), describe(2.5), describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(dict) is describe.registry[object])
print(len(describe.registry), object in describe.registry, describe.__name__)

class Payment:
    def __init__(self, amount):
        self.amount = amount

class Card(Payment):
    pass

class Transfer(Payment):
    pass

class Instant(Transfer):
    pass

@singledispatch
def fee(p):
    raise NotImplementedError(type(p).__name__)

@fee.register
def _(p: Card):
    return round(p.amount * 0.029 + 0.3, 2)

@fee.register
def _(p: Transfer):
    return 1.0

@fee.register(Instant)
def _(p):
    return 2.5

for p in [Card(100), Transfer(100), Instant(100)]:
    print(type(p).__name__, fee(p))
try:
    fee(Payment(1))
except NotImplementedError as e:
    print(type(e).__name__, e)

for f in [lambda: describe(), lambda: describe.register(1), lambda: describe.register(int, 5) == 5, lambda: fee.dispatch(Card)(Card(10))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def bad(x: 1):
    pass
try:
    describe.register(bad)
except TypeError as e:
    print(type(e).__name__, e)
