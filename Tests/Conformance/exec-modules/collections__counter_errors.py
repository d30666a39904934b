from collections import Counter

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("not iterable", lambda: Counter(5))
attempt("two args", lambda: Counter("ab", "c"))
attempt("update two", lambda: Counter().update(1, 2))
attempt("fromkeys", lambda: Counter.fromkeys("abc"))
attempt("unhashable", lambda: Counter([[1], [2]]))
attempt("float elements", lambda: list(Counter(a=2.5).elements()))
attempt("negative elements", lambda: list(Counter(a=-2, b=2).elements()))
attempt("most_common negative", lambda: Counter(a=1).most_common(-1))
attempt("most_common str", lambda: Counter(a=1).most_common("x"))
attempt("unorderable repr", lambda: Counter(a="x", b=1))
attempt("missing no insert", lambda: (Counter()["k"], len(Counter())))
attempt("total of strs", lambda: Counter(a="x").total())
attempt("hash", lambda: hash(Counter()))
attempt("attr", lambda: Counter().nope)
