import json
print(json.dumps([1.0, 1e16, 1e-5, 0.1 + 0.2, 2.5e-324, 1.7976931348623157e308, 1/3]))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for v in [float("nan"), float("inf"), [1, -float("inf")], {"k": float("nan")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
