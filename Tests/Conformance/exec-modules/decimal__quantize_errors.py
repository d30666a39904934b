from decimal import Decimal, InvalidOperation, Context, localcontext
for a, b in [("1e30", "0.01"), ("inf", "1"), ("1", "inf"), ("1", "1e1000000")]:
    try:
        print(Decimal(a).quantize(Decimal(b)))
    except InvalidOperation as e:
        print(a, b, "InvalidOperation", e)
print(Decimal("inf").quantize(Decimal("inf")))
print(Decimal("nan").quantize(Decimal(1)))
try:
    Decimal(1).quantize(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    Decimal(1).quantize(Decimal(1), rounding="bad")
except TypeError as e:
    print("TypeError", e)
print(Decimal("12.345").quantize(Decimal(1), context=Context(prec=2)) if False else Decimal("12.345").quantize(Decimal(1)))
