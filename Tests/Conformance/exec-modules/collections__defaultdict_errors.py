from collections import defaultdict

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("not callable", lambda: defaultdict(1))
attempt("not callable str", lambda: defaultdict("list"))
attempt("bad init", lambda: defaultdict(list, 1))
attempt("two maps", lambda: defaultdict(list, [1], 2))
attempt("none factory", lambda: defaultdict(None)["x"])
attempt("or int", lambda: defaultdict(list) | 1)
attempt("hash", lambda: hash(defaultdict(list)))
attempt("attr", lambda: defaultdict(list).nope)
def failing_factory():
    raise ValueError("no default for you")
attempt("factory raises", lambda: defaultdict(failing_factory)["k"])
dd = defaultdict(failing_factory)
attempt("after failure", lambda: (len(dd), dd.get("k")))
