from functools import total_ordering

@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __repr__(self):
        return f"Money({self.cents})"

a, b, c = Money(100), Money(250), Money(100)
print(a < b, a > b, a <= c, a >= c, b >= a, b <= a, a == c, a != b)
print(sorted([b, a, Money(5)]), max(a, b), min([b, a, c]))
print(Money.__gt__.__name__, "__le__" in Money.__dict__, "__lt__" in Money.__dict__)
try:
    a >= 5
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.t == o.t
    def __gt__(self, o):
        return self.t > o.t

v = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print([x.t for x in sorted(v)], Version("2.0") >= Version("2.0"), Version("1.0") < Version("1.1"), Version("3") <= Version("2"))

@total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, g):
        self.g = g
    def __eq__(self, o):
        return self.g == o.g
    def __le__(self, o):
        return self.order.index(self.g) <= self.order.index(o.g)

print(Grade("A") > Grade("B"), Grade("C") < Grade("C"), Grade("F") >= Grade("D"), sorted("BAFC", key=Grade))

@total_ordering
class Priority:
    def __init__(self, p):
        self.p = p
    def __ge__(self, o):
        return self.p >= o.p

print(Priority(1) < Priority(2), Priority(2) > Priority(2), Priority(3) <= Priority(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
