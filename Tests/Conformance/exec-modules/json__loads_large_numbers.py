import json
print(json.loads("12345678901234567890123"), json.loads("-9223372036854775809"), json.loads("1" + "0" * 50), json.loads("1.5e300") * 10, json.loads("0.1") + json.loads("0.2"))
print(json.loads("[1e1, 1E1, 1e-1, 10e0]"), type(json.loads("1e2")).__name__, type(json.loads("100")).__name__)
