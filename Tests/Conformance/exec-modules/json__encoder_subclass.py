import json
from decimal import Decimal

class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o.quantize(Decimal("0.01")))
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

invoice = {"id": 17, "total": Decimal("129.995"), "tags": {"b", "a"}, "lines": [Decimal("1.5"), 2]}
print(json.dumps(invoice, cls=MoneyEncoder))
print(json.dumps(invoice, cls=MoneyEncoder, indent=2, sort_keys=True))
print(MoneyEncoder().encode([Decimal("0.1")]), MoneyEncoder(separators=(",", ":")).encode({"a": [1, 2]}))
try:
    json.dumps({"x": object()}, cls=MoneyEncoder)
except TypeError as e:
    print(e)

class Tagged(json.JSONEncoder):
    def __init__(self, *, tag="?", **kw):
        super().__init__(**kw)
        self.tag = tag
    def default(self, o):
        return f"{self.tag}:{type(o).__name__}"

print(json.dumps([object(), 1], cls=Tagged, tag="T"), json.dumps([range(1)], cls=Tagged))
print(issubclass(MoneyEncoder, json.JSONEncoder), isinstance(MoneyEncoder(), json.JSONEncoder))
print(json.JSONEncoder, json.JSONEncoder.__name__, MoneyEncoder.__mro__[1])

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))

class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return ["[", "custom", "]"]
print(json.dumps(1, cls=Chunks), Chunks().encode({}))
try:
    json.dumps(1, cls=MoneyEncoder, bogus=1)
except TypeError as e:
    print(e)
