# Errors around classes derived from builtin types.
class Cents(int):
    pass

for make in (lambda: int.__new__(str, 1), lambda: int.__new__(5), lambda: tuple.__new__(Cents),
             lambda: object.__new__(Cents), lambda: Cents('x'), lambda: dict.__init__({}, 1, 2)):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Frozen(tuple):
    __slots__ = ()
f = Frozen([1])
try:
    f.x = 1
except AttributeError as e:
    print('AttributeError', e)

class NoHash(str):
    def __eq__(self, other):
        return str(self) == str(other)
try:
    hash(NoHash('a'))
except TypeError as e:
    print('TypeError', e)

class Price(float):
    def __str__(self):
        return f'{float(self):.2f} EUR'
p = Price(3.5)
print(p, repr(p), p * 2, type(p * 2).__name__, p > 3, round(p), int(p))

class Bag(dict):
    def __missing__(self, key):
        raise KeyError(f'no {key} in bag')
b = Bag(apple=1)
print(b['apple'], b.get('pear', 0))
b['pear']
