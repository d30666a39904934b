from decimal import Decimal, Context, InvalidOperation, DivisionByZero, localcontext

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["Infinity", "-Infinity", "NaN", "-NaN123", "0", "-0"]:
    show("exp " + s, lambda: Decimal(s).exp())
    show("ln " + s, lambda: Decimal(s).ln())
    show("log10 " + s, lambda: Decimal(s).log10())

show("ln -1", lambda: Decimal(-1).ln())
show("log10 -5", lambda: Decimal("-5").log10())
show("exp sNaN", lambda: Decimal("sNaN7").exp())
show("exp arg", lambda: Decimal(1).exp(5))

quiet = Context(traps=[])
print(quiet.ln(Decimal(-1)), quiet.log10(Decimal("-Inf")), quiet.exp(Decimal("sNaN")))
print(sorted(k.__name__ for k, f in quiet.flags.items() if f))

big = Context(prec=9, Emax=99, Emin=-99, traps=[])
print(big.exp(Decimal(300)), big.exp(Decimal(-300)), big.exp(Decimal(-230)))
print(sorted(k.__name__ for k, f in big.flags.items() if f))
big.clear_flags()
print(big.exp(Decimal("1E-12")), big.exp(Decimal("-1E-12")))
print(sorted(k.__name__ for k, f in big.flags.items() if f))
with localcontext(prec=5) as c:
    show("overflow", lambda: Decimal(1000000).exp())
