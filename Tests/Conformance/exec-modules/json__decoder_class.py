import json
from decimal import Decimal

d = json.JSONDecoder()
print(d.parse_float, d.parse_int, d.strict, d.object_hook, d.object_pairs_hook)
print(d.decode(' [1, 2.5, "x"] '), d.raw_decode('{"a": 1} tail'), d.raw_decode('xx[true]', 2))
for doc in ['', ' 1', '[1,', '1 2']:
    try:
        print(d.raw_decode(doc) if doc != '1 2' else d.decode(doc))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
money = json.JSONDecoder(parse_float=Decimal, parse_int=Decimal)
print(money.decode('{"price": 19.99, "qty": 3, "rate": 1e-3}'))
pairs = json.JSONDecoder(object_pairs_hook=lambda kv: [k for k, v in kv])
print(pairs.decode('{"z": 1, "a": {"b": 2}}'))
print(json.JSONDecoder(strict=False).decode('"tab\there"'))
try:
    json.JSONDecoder().decode('"tab\there"')
except json.JSONDecodeError as e:
    print(e)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, obj):
        return Point(obj["x"], obj["y"]) if set(obj) == {"x", "y"} else obj

print(json.loads('[{"x": 1, "y": 2}, {"k": 3}]', cls=PointDecoder))
print(json.loads('{"x": 1.5, "y": 2}', cls=PointDecoder, parse_float=Decimal))

class Lenient(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.strip().rstrip(","))
print(json.loads("[1, 2], ", cls=Lenient), isinstance(Lenient(), json.JSONDecoder))
try:
    json.loads("1", bogus=True)
except TypeError as e:
    print(e)
