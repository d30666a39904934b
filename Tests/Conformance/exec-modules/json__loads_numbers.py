import json
for d in ["1e5", "1E+5", "-0.5e-3", "0.000001", "1.7976931348623157e308", "2e308", "-2e308", "5e-324", "1e-400", "10.0", "1_000", "0x10", "1e", "1e+", "2.e3", "-01"]:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), e)
