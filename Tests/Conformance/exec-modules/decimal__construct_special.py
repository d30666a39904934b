from decimal import Decimal
for s in ["nan", "NaN", "-NaN", "NaN123", "snan", "sNaN45", "-sNaN", "inf", "Inf", "-Infinity", "INFINITY", "+inf"]:
    d = Decimal(s)
    print(repr(s), repr(d), d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_signed())
