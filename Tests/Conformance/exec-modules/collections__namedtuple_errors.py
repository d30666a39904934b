from collections import namedtuple

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

P = namedtuple("Point", "x y")
Q = namedtuple("Q", ["a", "b", "c"], defaults=[2, 3])
attempt("one missing", lambda: P(1))
attempt("two missing", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, y=2, z=3))
attempt("dup kw", lambda: P(1, x=2))
attempt("defaults too many", lambda: Q(1, 2, 3, 4))
attempt("defaults missing", lambda: Q())
attempt("make short", lambda: P._make([1]))
attempt("replace unknown", lambda: P(1, 2)._replace(z=1))
attempt("replace positional", lambda: P(1, 2)._replace(1))
def set_field():
    p = P(1, 2)
    p.x = 5
attempt("set field", set_field)
def set_other():
    p = P(1, 2)
    p.z = 5
attempt("set other", set_other)
def del_field():
    p = P(1, 2)
    del p.x
attempt("del field", del_field)
attempt("dup name", lambda: namedtuple("A", "x x"))
attempt("underscore", lambda: namedtuple("A", "x _y"))
attempt("keyword", lambda: namedtuple("A", "x def"))
attempt("bad type name", lambda: namedtuple("1A", "x"))
attempt("bad field", lambda: namedtuple("A", "x 1y"))
attempt("int field", lambda: namedtuple("A", ["x", 3]))
attempt("many defaults", lambda: namedtuple("A", "x", defaults=[1, 2]))
attempt("bad kwarg", lambda: namedtuple("A", "x", foo=1))
attempt("no fields", lambda: namedtuple("A"))
attempt("int typename", lambda: namedtuple(1, "x"))
attempt("defaults int", lambda: namedtuple("A", "x", defaults=5))
attempt("unhashable", lambda: hash(P(1, [2])))
