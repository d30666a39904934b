a = [1, 2, 3, 4]
del a[0]
d = {"x": 1, "y": 2}
del d["x"]
x = 5
del x
try:
    x
except NameError as e:
    print(e)
print(a, d)
class C: pass
c = C(); c.attr = 1
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del p, q
print("p" in dir())
