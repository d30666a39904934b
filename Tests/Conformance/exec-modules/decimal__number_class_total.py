from decimal import Decimal, Context

ctx = Context(prec=5, Emin=-10, Emax=10)
for s in ["1", "-1", "0", "-0", "1E-12", "-1E-12", "Infinity", "-Infinity", "NaN", "sNaN", "-NaN"]:
    print(s, ctx.number_class(Decimal(s)), Decimal(s).number_class())

vals = ["1", "1.0", "1.00", "-1", "-1.0", "0", "-0", "0E+3", "NaN", "sNaN", "-NaN", "NaN5", "Infinity", "-Infinity", "2"]
ds = [Decimal(v) for v in vals]
print([str(d) for d in sorted(ds, key=lambda d: [x.compare_total(d) for x in ds].count(Decimal(-1)))])
for a, b in [("1", "1.0"), ("1.0", "1"), ("-1", "-1.0"), ("NaN", "sNaN"), ("-NaN", "NaN"), ("NaN2", "NaN10"), ("2", "NaN")]:
    print(a, b, Decimal(a).compare_total(Decimal(b)), Decimal(a).compare_total_mag(Decimal(b)), ctx.compare_total(Decimal(a), Decimal(b)))
print(Decimal("-3").compare_total_mag(Decimal("2")), ctx.compare_total_mag(Decimal("-3"), 3))
print(Decimal("1.0").same_quantum(Decimal("2.0")), Decimal("1").same_quantum(Decimal("1.0")), Decimal("NaN").same_quantum(Decimal("NaN")))
print(ctx.same_quantum(Decimal("Infinity"), Decimal("-Infinity")), ctx.copy_sign(Decimal("5"), Decimal("-0")), Decimal("-2").copy_sign(3))
print(ctx.radix(), Decimal(1).radix(), ctx.canonical(Decimal("1.50")), Decimal(3).canonical())
try:
    Decimal(1).compare_total(1.0)
except TypeError as e:
    print(e)
