import math
class A:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __trunc__(self): return "truncated"
    def __float__(self): return 2.5
print(math.floor(A()), math.ceil(A()), math.trunc(A()), math.sqrt(A()))
class B:
    def __float__(self): return 7.5
print(math.floor(B()), math.ceil(B()))
class C:
    def __index__(self): return 9
print(math.sqrt(C()), math.factorial(C()))
