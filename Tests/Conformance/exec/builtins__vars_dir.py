class C:
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(vars(c), sorted(k for k in dir(c) if not k.startswith("_")))
def f():
    x = 1
    y = 2
    return sorted(locals())
print(f())
