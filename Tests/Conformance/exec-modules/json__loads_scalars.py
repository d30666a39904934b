import json
for s in ["null", "true", "false", "0", "-0", "-12", "3.25", "1e3", "1E-2", "-1.5e+10", '"hi"', "  7  ", "\n\t[]\r\n", "123456789012345678901234567890", "-0.0", "NaN", "Infinity", "-Infinity", "1.0e400"]:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
