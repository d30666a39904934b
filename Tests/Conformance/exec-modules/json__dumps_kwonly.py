import json
print(json.dumps([1], sort_keys=True, indent=None, separators=None, default=None, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True))
try:
    json.dumps([1], bogus=True)
except TypeError as e:
    print("TypeError:", e)
