import json
data = {"a": [1, [2, 3], {"b": {}}], "c": {"d": [], "e": [{}]}}
print(json.dumps(data, indent=2, separators=(",", ": ")))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps([[[]]], indent=1), json.dumps({"k": {"k": {"k": 1}}}, separators=(",", ":")))
