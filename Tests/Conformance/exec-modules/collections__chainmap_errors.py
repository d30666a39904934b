from collections import ChainMap

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

cm = ChainMap({"a": 1}, {"b": 2})
attempt("missing", lambda: cm["zz"])
def delete_lower():
    del cm["b"]
attempt("del in parent", delete_lower)
attempt("pop in parent", lambda: cm.pop("b"))
attempt("popitem empty", lambda: ChainMap({}, {"b": 2}).popitem())
attempt("popitem", lambda: ChainMap({"k": 1}).popitem())
attempt("hash", lambda: hash(cm))
attempt("or int", lambda: cm | 1)
attempt("kwargs", lambda: ChainMap(a=1))
attempt("reversed", lambda: reversed(cm))
attempt("attr", lambda: cm.nope)
attempt("bad map", lambda: ChainMap(1)["x"])
attempt("len bad map", lambda: len(ChainMap(1)))
cm.maps = [{"x": 9}]
attempt("reassigned maps", lambda: (cm["x"], cm))
