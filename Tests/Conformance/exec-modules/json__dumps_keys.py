import json
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str", -0.0: "negzero"}))
print(json.dumps({float("inf"): 1, float("nan"): 2}))
print(json.dumps({(1, 2): "tuple", "ok": 1}, skipkeys=True))
try:
    json.dumps({(1, 2): "tuple"})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({frozenset(): 1})
except TypeError as e:
    print("TypeError:", e)
