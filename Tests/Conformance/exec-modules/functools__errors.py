import functools

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("lru str", lambda: functools.lru_cache("a"))
attempt("lru 3 args", lambda: functools.lru_cache(1, 2, 3))
attempt("cache none", lambda: functools.cache())
attempt("cmp none", lambda: functools.cmp_to_key())
attempt("partial none", lambda: functools.partial())
attempt("partial int", lambda: functools.partial(1))
attempt("reduce kw", lambda: functools.reduce(max, [], x=1))
attempt("wraps none", lambda: functools.wraps())
attempt("update none", lambda: functools.update_wrapper())
attempt("total no ops", lambda: functools.total_ordering(type("X", (), {})))

@functools.lru_cache
def f(x):
    return x

attempt("unhashable", lambda: f({}))
attempt("missing arg", lambda: f())
attempt("cache_info arg", lambda: f.cache_info(1))

@functools.singledispatch
def g(x):
    return x

attempt("dispatch no args", lambda: g())
attempt("register int", lambda: g.register(1))
p = functools.partial(int, base=2)
attempt("partial bad call", lambda: p("12"))
attempt("partial kw clash", lambda: p("1", base=3))
