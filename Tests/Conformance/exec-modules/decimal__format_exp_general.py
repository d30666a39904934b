from decimal import Decimal as D
for s in ["1234.5", "0.00001234", "1.5", "-0", "1e100", "123456789", "0.1"]:
    d = D(s)
    print(s, format(d, "e"), format(d, ".3e"), format(d, "E"), format(d, "g"), format(d, ".3g"), format(d, "G"), format(d, ""), format(d, ".2"))
