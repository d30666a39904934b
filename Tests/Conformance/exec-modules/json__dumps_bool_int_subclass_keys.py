import json
print(json.dumps({True: 1, 2: 2}), json.dumps([True, 1, 1.0, False, 0]))
print(json.dumps({"a": True}, indent=2, sort_keys=True))
print(json.dumps("x" * 3, indent=2))
