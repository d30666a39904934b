from decimal import *
for a, b in [(1, 0), (0, 0), ("inf", "inf"), ("1e50", "1e-50"), ("inf", 0)]:
    for op in ["//", "%", "divmod"]:
        try:
            x, y = Decimal(a), Decimal(b)
            r = x // y if op == "//" else x % y if op == "%" else divmod(x, y)
            print(a, op, b, r)
        except DecimalException as e:
            print(a, op, b, type(e).__name__, e)
