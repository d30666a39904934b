import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")
print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}}, default=enc))
print(json.dumps([Point(0, Point(5, 6))], default=enc, indent=1))
print(json.dumps(object(), default=str)[:8])
try:
    json.dumps({"c": 1j}, default=enc)
except TypeError as e:
    print("TypeError:", e)
