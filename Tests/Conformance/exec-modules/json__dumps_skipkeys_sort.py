import json
d = {"b": 1, (1,): 2, "a": 3, None: 4}
print(json.dumps(d, skipkeys=True))
try:
    json.dumps({"b": 1, (1,): 2, "a": 3}, skipkeys=True, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"z": 1, "y": 2, 3: 4}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({2: "b", 10: "a", 1: "c"}, sort_keys=True), json.dumps({"10": 1, "2": 2}, sort_keys=True))
