import textwrap
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("zero width", lambda: textwrap.wrap("text", 0))
attempt("negative width", lambda: textwrap.fill("text", width=-5))
attempt("placeholder", lambda: textwrap.wrap("hello world", 5, max_lines=1, placeholder="......"))
attempt("shorten small", lambda: textwrap.shorten("hello world", 3))
attempt("unknown kw", lambda: textwrap.wrap("x", colour="red"))
attempt("no text", lambda: textwrap.wrap())
attempt("shorten no width", lambda: textwrap.shorten("abc"))
attempt("shorten max_lines", lambda: textwrap.shorten("abc", 10, max_lines=2))
attempt("not str", lambda: textwrap.wrap(42))
attempt("indent not str", lambda: textwrap.indent(None, "> "))
attempt("indent prefix", lambda: textwrap.indent("a", 3))
attempt("dedent", lambda: textwrap.dedent(3))
attempt("ctor", lambda: textwrap.TextWrapper(10, "", "", True, True, False, True, True, True, 8, None))
attempt("ctor kw", lambda: textwrap.TextWrapper(size=3))
attempt("wrapper zero", lambda: textwrap.TextWrapper(width=0).fill("x"))
