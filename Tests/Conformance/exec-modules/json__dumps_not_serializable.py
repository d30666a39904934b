import json
for v in [{1, 2}, b"bytes", 1j, object, len]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError:", e)
