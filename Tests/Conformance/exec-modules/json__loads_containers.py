import json
print(json.loads('{"a": [1, 2, {"b": null}], "c": {}, "d": []}'))
print(json.loads('[ 1 , 2 ,3 ]'), json.loads('{ "k" : "v" }'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[[[[[]]]]]'))
