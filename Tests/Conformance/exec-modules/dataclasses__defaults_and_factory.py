from dataclasses import dataclass, field

counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]

@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    id: int = field(default_factory=next_id)
    currency: str = "EUR"

a = Cart("ann")
b = Cart("bob")
a.items.append("apple")
print(a)
print(b)
print(a.items is b.items, a.tags is b.tags)
c = Cart("cy", ["pear"], {"vip": True}, 99, "USD")
print(c)
print(Cart.currency)
try:
    Cart.items
except AttributeError as e:
    print(type(e).__name__, e)
print(Cart.__doc__)

@dataclass
class Stamp:
    seq: int = field(init=False, default_factory=next_id)
    note: str = ""

s1, s2 = Stamp(), Stamp("late")
print(s1, s2)
try:
    Stamp(5, "x")
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Limits:
    low: float = 0.0
    high: float = field(default=100.0)
    step: int = field(default=1, repr=False)

print(Limits(), Limits(5), Limits(high=7.5, step=2))
print(Limits.high, Limits.step)
