import json
print(json.loads("[" * 200 + "]" * 200) is not None)
v = json.loads('{"a":' * 100 + '1' + '}' * 100)
depth = 0
while isinstance(v, dict):
    v = v["a"]
    depth += 1
print(depth, v)
