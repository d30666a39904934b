from decimal import Decimal, InvalidOperation, getcontext
for s in ["abc", "1.2.3", "", "1e", "e5", "--1", "1 2", "0x10"]:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)
for v in [object(), [1, 2], 1j, b"1"]:
    try:
        Decimal(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for s in ["_1", "1__0", "1_.5", "in_f", "1e1_0"]:
    print(repr(s), repr(Decimal(s)))
