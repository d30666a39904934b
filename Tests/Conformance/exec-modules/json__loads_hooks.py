import json
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1}', object_pairs_hook=lambda p: ("pairs", p), object_hook=lambda d: "hook"))
print(json.loads('[1.5, 2, "3"]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
