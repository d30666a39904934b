import itertools as it

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("count str", lambda: it.count("a"))
attempt("count step str", lambda: it.count(1, "b"))
attempt("count 3 args", lambda: it.count(1, 2, 3))
attempt("count bad kw", lambda: it.count(x=1))
attempt("count 3 args kw", lambda: it.count(1, 2, x=3))
attempt("cycle none", lambda: it.cycle())
attempt("cycle int", lambda: it.cycle(1))
attempt("cycle two", lambda: it.cycle([1], [2]))
attempt("cycle kw", lambda: it.cycle(x=[1]))
attempt("repeat none", lambda: it.repeat())
attempt("repeat str times", lambda: it.repeat(1, "a"))
attempt("repeat 3 args", lambda: it.repeat(1, 2, 3))
attempt("repeat only times", lambda: it.repeat(times=3))
attempt("chain kw", lambda: it.chain(x=1))
attempt("groupby none", lambda: it.groupby())
attempt("starmap none", lambda: it.starmap(None))
attempt("next exhausted", lambda: next(it.pairwise([1])))
attempt("next default", lambda: next(it.repeat(1, 0), "done"))
attempt("count add error", lambda: list(it.islice(it.count(1, 1j), 2)))
attempt("type not callable", lambda: it.count()(1))
