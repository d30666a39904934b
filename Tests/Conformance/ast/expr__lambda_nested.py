f = lambda x: lambda y: lambda z: x + y + z
g = lambda *a, **k: (a, k)
h = lambda: (yield)
