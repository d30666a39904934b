import operator as op

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("add one arg", lambda: op.add(1))
attempt("add three", lambda: op.add(1, 2, 3))
attempt("neg none", lambda: op.neg())
attempt("not_ none", lambda: op.not_())
attempt("add kw", lambda: op.add(a=1, b=2))
attempt("add types", lambda: op.add(1, "a"))
attempt("neg str", lambda: op.neg("x"))
attempt("truediv zero", lambda: op.truediv(1, 0))
attempt("mod zero", lambda: op.mod(5, 0))
attempt("index float", lambda: op.index(1.5))
attempt("index str", lambda: op.index("3"))
attempt("is_ one", lambda: op.is_(1))
attempt("setitem two", lambda: op.setitem([1], 0))
attempt("setitem tuple", lambda: op.setitem((1,), 0, 2))
attempt("getitem int", lambda: op.getitem(5, 0))
attempt("contains int", lambda: op.contains(5, 1))
attempt("invert float", lambda: op.invert(1.5))
attempt("pow types", lambda: op.pow("a", 2))
attempt("lshift negative", lambda: op.lshift(1, -1))
attempt("length_hint none", lambda: op.length_hint())
