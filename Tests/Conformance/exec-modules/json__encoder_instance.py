import json

e = json.JSONEncoder()
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys)
print(e.encode({"a": [1, 2.5, None, True]}), e.encode("caf\u00e9"), e.encode(3))
print("".join(e.iterencode({"k": [1, {"z": None}]})))
e2 = json.JSONEncoder(indent=2, sort_keys=True)
print(repr(e2.item_separator), repr(e2.key_separator))
print(e2.encode({"b": 1, "a": [1, 2]}))
print("".join(json.JSONEncoder(indent="\t").iterencode([1, [2]])))
e3 = json.JSONEncoder(ensure_ascii=False, separators=(",", "="), skipkeys=True)
print(e3.encode({"\u00e9": 1, (1, 2): 3, "x": "\u00fc"}))
e4 = json.JSONEncoder(default=lambda o: list(o))
print(e4.encode({"s": range(3)}))
e5 = json.JSONEncoder(allow_nan=False)
try:
    e5.encode([float("nan")])
except ValueError as err:
    print(err)
try:
    json.JSONEncoder().encode({1j: 1})
except TypeError as err:
    print(err)
try:
    json.JSONEncoder().default(object())
except TypeError as err:
    print(err)
try:
    json.JSONEncoder(bogus=True)
except TypeError as err:
    print(err)
try:
    json.JSONEncoder(2)
except TypeError as err:
    print(type(err).__name__, err)
try:
    json.JSONDecoder(None, None)
except TypeError as err:
    print(type(err).__name__, err)
e.indent = 1
print(e.encode([1]))
