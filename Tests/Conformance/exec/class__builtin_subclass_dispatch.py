class L(list):
    def __iter__(self): return iter([9, 9])
    def __len__(self): return 42
    def __contains__(self, x): return True
    def __eq__(self, o): return 'eq'
    def __bool__(self): return False
l = L([1, 2])
print(list(l), len(l), 5 in l, l == 3, bool(l), [x for x in l], sorted(l), l[0])
class D(dict):
    def __len__(self): return 0
    def keys(self): return ['k']
    def __getitem__(self, k): return 'v'
d = D(a=1)
print(len(d), bool(d), dict(d), {**d}, list(d.items()))
class N(int): pass
n = N(3)
print(n, type(n).__name__, n * 2, n ** 2, n // 2, n % 2, n << 1, n & 1, n | 4, -n, ~n, n < 4, n == 3, [1,2,3,4][n], range(n), int(n), type(int(n)).__name__, float(n), round(n), abs(n), bool(N(0)))
n.tag = 'x'; print(n.tag, vars(n) if False else n.__dict__)
class S(str): pass
s = S('hey')
print(s, s + '!', s * 2, s[0], len(s), s.upper(), '%s!' % s, f'{s:>5}', s.split('e'), s == 'hey', s < 'z', sorted([S('b'), 'a']))
class T(tuple): pass
t = T([3, 1])
print(t, t[0], len(t), sorted(t), t * 2, t == (3, 1), t < (4,), type(t).__name__, T(), repr(T()))
a, b = t; print(a, b)
print(isinstance(t, tuple), issubclass(T, tuple), T.__mro__, T.__bases__)
import json
print(json.dumps({'d': D(a=1), 't': T([1]), 'n': N(5), 's': S('x')}))
class E(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
e = E({'x': 1}, y=2); print(e, e.extra)
print(str.__str__(S('q')) == 'q', type(str.__str__(S('q'))).__name__)
class W(int):
    def __new__(cls, v, unit):
        o = super().__new__(cls, v); o.unit = unit; return o
w = W(5, 'kg'); print(w, w.unit, w + 1)
try:
    class Bad(dict, list): pass
except TypeError as ex: print(ex)
try:
    class B2(float): pass
except TypeError as ex: print(ex)
