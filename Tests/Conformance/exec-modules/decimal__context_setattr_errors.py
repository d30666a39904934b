from decimal import getcontext, Context
c = getcontext()
for name, value in [("prec", 0), ("prec", "x"), ("Emax", -1), ("Emin", 1), ("capitals", 2), ("clamp", 5), ("rounding", "ROUND_SIDEWAYS"), ("rounding", 1)]:
    try:
        setattr(c, name, value)
    except (ValueError, TypeError) as e:
        print(name, repr(value), type(e).__name__, e)
try:
    c.traps[1] = True
except KeyError as e:
    print("KeyError", e)
try:
    Context(prec=-5)
except ValueError as e:
    print("ValueError", e)
print(c)
