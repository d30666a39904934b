import json
from decimal import Decimal

doc = '{"amount": 10.10, "fee": 0.015, "count": 3, "big": 12345678901234567890.5, "inf": Infinity, "nan": NaN}'
data = json.loads(doc, parse_float=Decimal)
print(data["amount"] + data["fee"], type(data["count"]).__name__, data["big"], data["inf"], data["nan"])
print(json.loads(doc, parse_int=lambda s: int(s) * 100, parse_constant=lambda s: f"<{s}>"))
print(json.loads('[1, -2, 3.0]', parse_int=float, parse_float=str))
total = sum(json.loads('[19.99, 5.01, 0.1, 0.2]', parse_float=Decimal))
print(total, total == Decimal("25.30"))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda kv: dict(reversed(kv))))
print(json.loads('{"b": 1}', object_hook=lambda d: sorted(d), object_pairs_hook=dict))
try:
    json.loads('[-Infinity]', parse_constant=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1.5]', parse_float=int)
except ValueError as e:
    print(e)
print(json.loads(b'[2.50]', parse_float=Decimal), json.loads(bytearray(b'{"v": 7.0}'), parse_float=Decimal))
print(json.dumps(json.loads('{"p": 1.10}', parse_float=Decimal), default=str))
