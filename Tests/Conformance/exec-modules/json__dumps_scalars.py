import json
for v in [None, True, False, 0, -17, 10**30, 1.5, 0.1, 1e100, 1e-7, -0.0, 3.0, 123456789.123, "", "abc", 2**63]:
    print(json.dumps(v))
