class V:
    def __init__(self, *c): self.c = list(c)
    def __add__(self, o): return V(*[a + b for a, b in zip(self.c, o.c)])
    def __mul__(self, k): return V(*[a * k for a in self.c])
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(*[-a for a in self.c])
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __contains__(self, x): return x in self.c
    def __iter__(self): return iter(self.c)
    def __bool__(self): return any(self.c)
    def __lt__(self, o): return sum(self.c) < sum(o.c)
    def __repr__(self): return "V" + repr(tuple(self.c))
    def __call__(self, x): return x * 2
v = V(1, 2) + V(3, 4)
print(v, v * 2, 3 * v, -v, len(v), v[0], 4 in v, list(v), bool(V(0, 0)), V(1) < V(2), v(21))
v[0] = 10; print(v, sorted([V(3), V(1), V(2)]), max(V(3), V(5)))
class Acc:
    def __init__(self): self.n = 0
    def __iadd__(self, k): self.n += k; return self
a = Acc(); a += 5; a += 2; print(a.n)
