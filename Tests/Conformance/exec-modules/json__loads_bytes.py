import json
print(json.loads(b'{"a": [1, "\xc3\xa9"]}'))
print(json.loads(bytearray(b'[true]')))
print(json.loads('{"x": 1}'.encode("utf-16")), json.loads('[2]'.encode("utf-8-sig")))
for bad in [3, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
