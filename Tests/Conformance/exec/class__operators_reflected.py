class N:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, N): return N(self.v + o.v)
        if isinstance(o, int): return N(self.v + o)
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __pow__(self, o): return N(self.v ** o)
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"N({self.v})"
print(N(1) + N(2), N(1) + 5, 5 + N(1), 10 - N(3), N(10) - 3, N(7) / 2, N(7) // 2, N(7) % 4, N(2) ** 5)
print(sum([N(1), N(2), N(3)]), N(1) < N(2), N(3) > N(2), N(2) >= N(2), sorted([N(3), N(1)]))
try:
    N(1) + "x"
except TypeError as e:
    print(e)
