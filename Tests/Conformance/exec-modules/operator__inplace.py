import operator as op

a = [1, 2]
r = op.iadd(a, [3])
print(a, r is a)
t = (1, 2)
r = op.iadd(t, (3,))
print(t, r)
s = "ab"
print(op.iadd(s, "c"), s)
print(op.isub(10, 3), op.imul(4, 5), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.iand(12, 10), op.ior(12, 10), op.ixor(12, 10), op.ilshift(1, 4), op.irshift(64, 2))
x = {1, 2}
op.ior(x, {3})
op.iand(x, {1, 3, 5})
print(sorted(x))
lst = [1]
op.imul(lst, 3)
print(lst)

class Cart:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __add__(self, item):
        c = Cart()
        c.items = self.items + [item]
        return c

c = Cart()
c2 = op.iadd(c, "apple")
print(c2 is c, c.items)
c3 = op.add(c, "pear")
print(c3 is c, c.items, c3.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)

o = OnlyAdd(1)
o2 = op.iadd(o, 5)
print(o2 is o, o2.v)
try:
    op.isub("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
