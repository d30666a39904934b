class F(float): pass
class I(int): pass
f=F(2.5); i=I(3)
print(float.__add__(f, 1), float.__rsub__(f, 1), int.__add__(i, 2.5), int.__mul__(i, 4), int.__rpow__(i, 2), f*i, i*f, i<<1)
for call in (lambda: int.__add__(3), lambda: int.__add__(3, x=1), lambda: float.__lt__(3.0, 1, 2), lambda: float.__radd__(f)):
    try:
        call()
    except TypeError as e:
        print(e)
