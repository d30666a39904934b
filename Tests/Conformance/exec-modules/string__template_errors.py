from string import Template
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("missing", lambda: Template("Hi $name").substitute())
attempt("missing mapping", lambda: Template("Hi $name and $other").substitute({"name": 1}))
attempt("invalid", lambda: Template("Cost: $1.50").substitute())
attempt("invalid line 2", lambda: Template("first line\nsecond $ here").substitute({}))
attempt("invalid end", lambda: Template("trailing $").substitute())
attempt("after newline", lambda: Template("ab\n$").substitute())
attempt("unclosed brace", lambda: Template("x ${name").substitute(name=1))
attempt("two mappings", lambda: Template("x").substitute({}, {}))
attempt("no template", lambda: Template())
attempt("not str", lambda: Template(5).substitute())
attempt("bad key type", lambda: Template("$a").substitute([1]))
attempt("is_valid arg", lambda: Template("$a").is_valid(1))
