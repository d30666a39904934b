import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.pow(2.0, -1), op.neg(5), op.pos(-5), op.abs(-3.5), op.abs(-7))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0), op.lshift(1, 8), op.rshift(256, 4))
print(op.index(7), op.index(True), op.add("ab", "cd"), op.mul("ab", 3), op.mul([0], 3))
print(op.__add__(1, 2), op.__mul__(3, 4), op.__neg__(2), op.__and__(6, 3), op.__not__(0))
print(op.add is op.__add__, op.truediv(1, 4) == 0.25, op.mod("%s-%d", ("a", 3)))

# operator functions are plain builtins usable as arguments
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.add, ["x", "y", "z"]), list(map(op.neg, [1, -2, 3])))
print(list(map(op.pow, [2, 3, 4], [3, 2, 1])), sum(map(op.mul, [1, 2, 3], [4, 5, 6])))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __repr__(self):
        return f"Money({self.cents})"

print(op.add(Money(150), Money(275)), op.mul(Money(99), 3), op.neg(Money(5)))
print(reduce(op.add, [Money(1), Money(2), Money(3)]))
print(op.truth(Money(0)), op.not_([]), op.truth([0]), op.not_(0.0))
