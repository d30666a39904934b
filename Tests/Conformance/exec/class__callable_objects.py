class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
double = Multiplier(2)
print(double(5), list(map(double, [1, 2])), callable(double), callable(Multiplier))
class Registry:
    def __init__(self): self.fns = {}
    def register(self, name):
        def deco(fn):
            self.fns[name] = fn
            return fn
        return deco
r = Registry()
@r.register("sq")
def square(x): return x * x
print(r.fns["sq"](7), sorted(r.fns))
