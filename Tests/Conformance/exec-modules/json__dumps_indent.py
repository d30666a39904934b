import json
d = {"name": "x", "items": [1, {"k": []}, {}], "nested": {"deep": {"deeper": [None]}}}
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t"))
print(json.dumps([1, 2], indent=-1))
print(json.dumps(d, indent=3, separators=(", ", " = ")))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
