from decimal import Decimal as D
for s in ["0.75", "-2.5", "10", "1e3", "0", "0.125", "3.1415"]:
    print(s, D(s).as_integer_ratio())
for s in ["inf", "nan"]:
    try:
        D(s).as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
