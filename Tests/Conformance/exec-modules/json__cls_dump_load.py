import json
from decimal import Decimal

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Source:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return {"__decimal__": str(o)}
        return super().default(o)

class MoneyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.revive, **kw)
    def revive(self, obj):
        if "__decimal__" in obj:
            return Decimal(obj["__decimal__"])
        return obj

ledger = {"balance": Decimal("1042.50"), "entries": [Decimal("-7.25"), Decimal("12")], "owner": "ACME"}
out = Sink()
json.dump(ledger, out, cls=MoneyEncoder, sort_keys=True)
text = "".join(out.parts)
print(text)
back = json.load(Source(text), cls=MoneyDecoder)
print(back, back == ledger, sum(back["entries"]) + back["balance"])

class Shout(json.JSONEncoder):
    def encode(self, o):
        return "ignored by dump"
    def iterencode(self, o, _one_shot=False):
        return ["<", "".join(super().iterencode(o, _one_shot)).upper(), ">"]
out2 = Sink()
json.dump(["a", {"b": None}], out2, cls=Shout)
print(out2.parts, json.dumps("x", cls=Shout))
print(json.loads('{"__decimal__": "0.10"}', cls=MoneyDecoder) * 3)
try:
    json.load(Source('[1,]'), cls=MoneyDecoder)
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)
