from decimal import Decimal as D
vals = [D("0.1"), D("-1.00"), D("1E+3"), D("123E-10"), D("sNaN"), D("-Inf")]
print(vals)
print([str(v) for v in vals])
print(tuple(vals[:2]), {"a": vals[0]})
print(f"{vals[0]} {vals[1]!r} {vals[2]!s}")
