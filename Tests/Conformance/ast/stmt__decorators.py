@d
def f(): pass
@a.b.c
@d(1, k=2)
@e[0]
@(lambda f: f)
@x if y else z
@w := v
class C: pass
