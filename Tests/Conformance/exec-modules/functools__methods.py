import functools
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state, note=""):
        self._alive = bool(state); return (state, note)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="x")
c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c.set_dead(note="y"), Cell.set_alive(c))
print(type(Cell.__dict__['set_alive']).__name__)
print(Cell.__dict__['set_dead'].func is Cell.set_state, Cell.__dict__['set_dead'].args, Cell.__dict__['set_dead'].keywords)
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
    @neg.register(list)
    def _(self, arg):
        return [self.neg(x) for x in arg]
n = Neg()
print(n.neg(5), n.neg(True), n.neg([1, False]), Neg().neg.__name__)
try: n.neg("s")
except NotImplementedError as e: print(e)
try: n.neg()
except Exception as e: print(type(e).__name__, e)
try: functools.partialmethod()
except Exception as e: print(type(e).__name__, e)
try: functools.singledispatchmethod(1)
except Exception as e: print(type(e).__name__, e)
print(type(functools.partial(print)).__name__, type(iter(functools.partial(print).args)).__name__, functools.partial.__name__, functools.partial.__module__)

class Report:
    def render(self, fmt, *, width=80):
        return f"{fmt}:{width}"
    as_csv = functools.partialmethod(render, "csv")
    as_wide_text = functools.partialmethod(render, "text", width=120)

r = Report()
print(r.as_csv(), r.as_csv(width=10), r.as_wide_text(), Report.as_csv(r))
print(repr(Report.__dict__["as_csv"]).startswith("functools.partialmethod(<function Report.render at "))

class Handler:
    prefix = "h"
    @functools.singledispatchmethod
    def handle(self, event):
        return f"{self.prefix}: unknown {type(event).__name__}"
    @handle.register
    def _(self, event: dict):
        return f"{self.prefix}: dict with {sorted(event)}"
    @handle.register(int)
    @handle.register(float)
    def _(self, event):
        return f"{self.prefix}: number {event}"

h = Handler()
print(h.handle({"b": 1, "a": 2}), h.handle(3), h.handle(2.5), h.handle("x"), h.handle.register is not None)
