from decimal import Decimal as D
for s in ["0.5", "1.5", "2.5", "-2.5", "2.675", "-0.4", "123.456"]:
    print(s, round(D(s)), round(D(s), 2), round(D(s), 0), round(D(s), -1))
print(repr(round(D("1234.5678"), 2)), repr(round(D("1234.5678"), -2)))
for bad in ["nan", "inf"]:
    try:
        round(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
