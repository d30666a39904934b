import string
f = string.Formatter()
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("missing key", lambda: f.format("{missing}"))
attempt("missing index", lambda: f.format("{0} {1}", "only"))
attempt("auto then manual", lambda: f.format("{} {0}", 1, 2))
attempt("manual then auto", lambda: f.format("{0} {}", 1, 2))
attempt("bad conversion", lambda: f.format("{0!x}", 1))
attempt("single brace", lambda: f.format("{"))
attempt("single close", lambda: f.format("}"))
attempt("recursion", lambda: f.format("{:{:{}}}", 1, 2, 3))
attempt("bad attribute", lambda: f.format("{0.nope}", 1))
attempt("bad spec", lambda: f.format("{0:q}", 1))
attempt("no format string", lambda: f.format())
attempt("convert_field", lambda: f.convert_field(1, "z"))
attempt("bad index", lambda: f.format("{0[}", [1]))
