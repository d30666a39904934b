import bisect

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("negative lo", lambda: bisect.bisect([1, 2], 1, -1))
attempt("negative lo insort", lambda: bisect.insort_left([1, 2], 1, lo=-3))
attempt("float lo", lambda: bisect.bisect([1, 2], 1, 1.5))
attempt("str hi", lambda: bisect.bisect_left([1, 2], 1, 0, "2"))
attempt("missing x", lambda: bisect.bisect_right([1]))
attempt("missing both", lambda: bisect.insort())
attempt("too many", lambda: bisect.bisect([1], 1, 0, 1, None))
attempt("bad keyword", lambda: bisect.bisect([1], 1, low=0))
attempt("not a sequence", lambda: bisect.bisect(5, 1))
attempt("no len", lambda: bisect.bisect(iter([1, 2]), 1))
attempt("mixed types", lambda: bisect.bisect([1, 2, 3], "x"))
attempt("key not callable", lambda: bisect.bisect([1, 2, 3], 2, key=5))
attempt("insort into tuple", lambda: bisect.insort((1, 2), 3))
attempt("insort into str", lambda: bisect.insort("ace", "b"))
attempt("ok", lambda: bisect.bisect([1, 2, 3], 2, lo=True))
