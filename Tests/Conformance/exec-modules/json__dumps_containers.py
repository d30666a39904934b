import json
print(json.dumps([1, [2, [3, []]], {}, (4, 5)]))
print(json.dumps({"a": 1, "b": [True, None], "c": {"d": "e"}}))
print(json.dumps({}), json.dumps([]), json.dumps(()))
