from collections import Counter

a = Counter(apples=3, pears=1, plums=0, figs=-2)
b = Counter(apples=1, pears=4, kiwis=2)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(a <= a + b, a < a, Counter(x=1) < Counter(x=2), Counter(x=1) > Counter())
print(Counter(x=1) >= Counter(x=1, y=0), Counter(x=1) != Counter(x=2))
c = Counter(a=5, b=1)
c += Counter(a=-6, c=2)
print(c)
c -= Counter(c=1)
print(c)
c |= Counter(c=4, d=1)
print(c)
c &= Counter(c=2, d=9)
print(c)
try:
    print(Counter("abc") < {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter("a") + {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1))
