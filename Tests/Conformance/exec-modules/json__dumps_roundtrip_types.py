import json
data = {"int": 1, "float": 2.0, "str": "s", "list": [1, 2], "tuple": (3, 4), "none": None, "bool": False}
text = json.dumps(data)
print(text)
back = json.loads(text)
print(back, back == data, type(back["tuple"]).__name__)
