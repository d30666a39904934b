from decimal import Decimal as D
for s in ["1234567.891", "-0.005", "0", "1e10", "1.5", "-1234.5", "0.000123", "123456789.123456789"]:
    d = D(s)
    print(s, format(d, ".2f"), format(d, ",.2f"), format(d, "f"), format(d, ".0f"), format(d, "+.1f"))
print(f"{D('3.14159'):.3f} {D('2.5'):.0f} {D('3.5'):.0f} {D('-0.0001'):.2f} {D('-0.0001'):z.2f}")
for spec in ["_.3f", "#.0f", ".2q"]:
    try:
        format(D("1234.5"), spec)
    except ValueError as e:
        print(spec, "ValueError", e)
