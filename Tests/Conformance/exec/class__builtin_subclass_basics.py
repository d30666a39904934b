class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d['zz'], d, type(d).__name__, isinstance(d, dict), len(d), 'a' in d, list(d))
class Tags(list):
    def add(self, x):
        if x not in self: self.append(x)
        return self
t = Tags([1, 2]); t.add(3).add(1)
print(t, len(t), t[0], t[-1], sum(t), type(t + [4]).__name__)
class Cents(int):
    def __repr__(self): return f'Cents({int(self)})'
    def dollars(self): return self / 100
c = Cents(250)
print(c, repr(c), c + 1, type(c + 1).__name__, c.dollars(), c == 250, hash(c) == hash(250), f'{c}', str(c))
class Sku(str):
    @property
    def prefix(self): return self.split('-')[0]
s = Sku('AB-12')
print(s, repr(s), s.prefix, s.upper(), type(s.upper()).__name__, s == 'AB-12', {s: 1}['AB-12'], type(str(s)).__name__)
class P(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f'P(x={self[0]}, y={self[1]})'
p = P(1, 2)
print(p, p.x, p == (1, 2), len(p), p + (3,), type(p + (3,)).__name__, tuple(p), hash(p) == hash((1, 2)))
class Log(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v.upper())
    def __getitem__(self, k):
        return 'got ' + super().__getitem__(k)
l = Log(); l['a'] = 'x'; print(l['a'], l, l.get('a'))
class Money(int):
    def __add__(self, o): return Money(int(self) + int(o))
    def __repr__(self): return f'${int(self)}'
m = Money(5) + Money(7); print(m, type(m).__name__, m - 1, -m, abs(Money(-3)), +m)
class Up(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = Up('abc'); u.note = 1; print(u, u.note, len(u), u[1], 'B' in u, u * 2, u + 'x')
print(int.__new__(Cents, '12'), dict.__repr__(D(b=2)), int.__add__(3, 4), str.__len__('abc'))
try:
    object.__new__(Cents)
except TypeError as e: print(e)
class C2(D): pass
print(C2(x=1)['q'], sorted(C2(b=1, a=2).items()))
