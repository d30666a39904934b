import json
d = {"ключ": "значение", "键": ["值", 1], "emoji 🎉": {"ok": True}}
a = json.dumps(d)
b = json.dumps(d, ensure_ascii=False)
print(a)
print(b)
print(json.loads(a) == d == json.loads(b), json.dumps(d, sort_keys=True, ensure_ascii=False))
