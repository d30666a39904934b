class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name[:1] == "x":
            return name * 2
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xy, hasattr(d, "xz"), hasattr(d, "q"), getattr(d, "q", "none"))
class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)
r = Rec(); r.a = 1; print(r.a)
