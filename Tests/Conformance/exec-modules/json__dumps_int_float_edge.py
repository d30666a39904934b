import json
print(json.dumps([-1, 0, 1, 2**64, -2**64, 1e22, 1e21, 123e-20, float(2**53), 0.5]))
print(json.dumps({"nested": [[[[-0.0]]]]}, indent=1))
