from functools import cached_property

class Invoice:
    def __init__(self, lines):
        self.lines = lines
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        print("computing total")
        return sum(q * p for q, p in self.lines)

    @cached_property
    def tax(self):
        return round(self.total * 0.2, 2)

inv = Invoice([(2, 10.0), (1, 5.5)])
print(inv.total, inv.total, inv.computed, inv.tax)
print(inv.__dict__)

# invalidation: delete the cached value
inv.lines.append((1, 100.0))
del inv.total
print(inv.total, inv.computed)

# assignment replaces the value
inv.total = 0
print(inv.total)

# each instance has its own value
other = Invoice([(1, 1.0)])
print(other.total, inv.total)

print(type(Invoice.__dict__["total"]).__name__ != "", Invoice.total.func.__name__, Invoice.total.attrname)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def value(self):
        return 1

try:
    Slotted().value
except TypeError as e:
    print(type(e).__name__, e)
