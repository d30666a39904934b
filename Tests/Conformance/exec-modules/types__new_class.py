import types


def body(ns):
    ns["rate"] = 0.1
    ns["apply"] = lambda self, amount: round(amount * (1 + self.rate), 2)


Tax = types.new_class("Tax", (), exec_body=body)
print(Tax.__name__, Tax().apply(100), Tax.rate)
Reduced = types.new_class("Reduced", (Tax,), exec_body=lambda ns: ns.update(rate=0.05))
print(Reduced().apply(100), issubclass(Reduced, Tax), Reduced.__mro__[1] is Tax)
Empty = types.new_class("Empty")
print(Empty.__name__, Empty.__bases__)


Counter = types.new_class("Counter", (dict,), exec_body=lambda ns: ns.update(total=lambda self: sum(self.values())))
c = Counter(a=2, b=3)
print(c.total(), isinstance(c, dict), c)
ns = types.SimpleNamespace(x=1)
print(ns.x)
