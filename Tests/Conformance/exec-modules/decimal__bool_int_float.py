from decimal import Decimal as D
print(bool(D(0)), bool(D("0.00")), bool(D("-0")), bool(D("0.001")), bool(D("nan")), bool(D("inf")))
print(int(D("3.99")), int(D("-3.99")), int(D("1e3")), int(D("123456789012345678901234567890.5")))
print(float(D("0.1")), float(D("-1.5e-3")), float(D("inf")), float(D("nan")), float(D("1e400")))
print(D("-2.5").__trunc__(), D("2.5").__floor__(), D("-2.5").__ceil__())
for bad in ["nan", "inf", "-inf"]:
    try:
        int(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    float(D("snan"))
except ValueError as e:
    print("ValueError", e)
