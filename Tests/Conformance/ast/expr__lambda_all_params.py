lambda: 0
lambda x: x
lambda x, y=1: x
lambda *args: args
lambda **kw: kw
lambda x, /, y, *, z: 0
lambda x=1, /, y=2, *a, z=3, w, **k: 0
lambda *, a: a
lambda a, /: a
