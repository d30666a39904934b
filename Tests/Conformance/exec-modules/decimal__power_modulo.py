from decimal import Decimal, getcontext, Context

print(pow(Decimal(2), 10, 1000), pow(Decimal(3), Decimal(200), 7), pow(Decimal(-2), 3, 7), pow(Decimal(-2), 4, 7))
print(pow(Decimal("2.0"), Decimal("3.00"), Decimal("7.0")), pow(2, Decimal(5), 13), pow(Decimal(10), Decimal("1E+3"), 9999))
print(getcontext().power(2, 10, 7), getcontext().power(2, 10, modulo=7), getcontext().power(Decimal(7), 2))
print(pow(Decimal(12345), 678, Decimal(-1000)), pow(Decimal(0), 5, 3))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("frac base", lambda: pow(Decimal("2.5"), 2, 7))
show("neg exp", lambda: pow(Decimal(2), -1, 7))
show("zero mod", lambda: pow(Decimal(2), 3, 0))
show("0**0", lambda: pow(Decimal(0), 0, 7))
show("big mod", lambda: pow(Decimal(2), 3, Decimal("1E+40")))
show("float mod", lambda: pow(Decimal(2), 3, 7.0))
show("str mod", lambda: pow(Decimal(2), 3, "7"))
show("nan", lambda: pow(Decimal("NaN"), 3, 7))
quiet = Context(traps=[])
print(quiet.power(Decimal(2), Decimal(-1), Decimal(7)), quiet.power(Decimal("sNaN"), 1, 7))
print(sorted(k.__name__ for k, f in quiet.flags.items() if f))
