from dataclasses import dataclass, field
@dataclass
class A:
    x: int
    y: int = 0
class B(A):
    def __init__(self, x):
        super().__init__(x, x * 2)
        self.z = 1
b = B(2)
print(b, b.z, b == A(2, 4), A(2, 4) == b)
@dataclass
class Validated:
    amount: int
    def __setattr__(self, name, value):
        if name == "amount" and value < 0:
            raise ValueError("negative amount")
        super().__setattr__(name, value)
v = Validated(5)
try:
    v.amount = -1
except ValueError as e:
    print(e)
try:
    Validated(-3)
except ValueError as e:
    print("init:", e)
print(v)
@dataclass
class C(A):
    z: int = 9
    def total(self):
        return self.x + self.y + self.z
print(C(1, 2).total(), C(1) == C(1), C(1) == A(1))
print(A.__init__ is C.__init__, A.__repr__ is C.__repr__)
@dataclass(frozen=True)
class K:
    a: int
    def with_a(self, a):
        return K(a)
k = K(1)
print({k, K(1), k.with_a(2)} == {K(1), K(2)})
print(sorted([K(2), K(1)], key=lambda k: k.a))
