class C:
    shared = []
    def __init__(self, v):
        self.v = v
    def add(self, x):
        self.shared.append(x)
a, b = C(1), C(2)
a.add(1); b.add(2)
print(C.shared, a.shared is b.shared)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
C.new_attr = 5
print(a.new_attr, getattr(b, "new_attr"))
setattr(a, "dyn", 7)
print(a.dyn, hasattr(a, "dyn"), hasattr(b, "dyn"))
delattr(a, "dyn")
print(hasattr(a, "dyn"))
del a.v
try:
    a.v
except AttributeError as e:
    print(e)
print(C.__name__, C.__qualname__, C.add.__name__, a.add.__name__, type(a.add).__name__)
