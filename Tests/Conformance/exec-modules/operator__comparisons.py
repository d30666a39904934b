import operator as op

for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b"), (2.0, 2)]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.ge(a, b), op.gt(a, b))

print(op.is_(None, None), op.is_([], []), op.is_not(1, None), op.is_not(None, None))
x = [1]
print(op.is_(x, x), op.eq([1, 2], [1, 2]), op.lt((1, 2), (1, 3)), op.gt("abc", "abd"))
print(op.__lt__(1, 2), op.__eq__("x", "x"), op.__ge__(5, 5))

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts

v1, v2 = Version("1.2.10"), Version("1.10.0")
print(op.lt(v1, v2), op.gt(v1, v2), op.eq(v1, Version("1.2.10")), op.ne(v1, v2))

# rule filters built from operators
RULES = [("amount", op.gt, 100), ("country", op.eq, "FR"), ("risk", op.le, 3)]
orders = [
    {"amount": 250, "country": "FR", "risk": 2},
    {"amount": 80, "country": "FR", "risk": 1},
    {"amount": 300, "country": "DE", "risk": 5},
]
for o in orders:
    print([f(o[k], v) for k, f, v in RULES], all(f(o[k], v) for k, f, v in RULES))

try:
    op.lt(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print(op.eq(1, "a"), op.ne(None, 0))
