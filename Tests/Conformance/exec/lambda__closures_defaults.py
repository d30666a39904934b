fs = {}
for name in ["a", "b"]:
    fs[name] = lambda n=name: n * 2
print({k: f() for k, f in fs.items()})
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, k))(1, x=2), (lambda: None)())
