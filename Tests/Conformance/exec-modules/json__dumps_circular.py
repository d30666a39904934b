import json
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))
def loop(o):
    return [o]
class X: pass
try:
    json.dumps(X(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
