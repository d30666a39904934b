from decimal import Decimal, localcontext, ROUND_HALF_UP

CENT = Decimal("0.01")
principal = Decimal("25000.00")
rate = Decimal("0.0425")

# Continuous compounding: A = P * e^(r t)
for years in (1, 2, 5, 10, 30):
    amount = principal * (rate * years).exp()
    print(years, amount.quantize(CENT, rounding=ROUND_HALF_UP))

# Effective annual rate of a continuous rate, and the continuous rate of an effective one.
effective = rate.exp() - 1
print("effective", effective.quantize(Decimal("0.000001")))
print("continuous", (1 + Decimal("0.05")).ln().quantize(Decimal("0.000001")))

# Doubling time: t = ln 2 / r
print("double", (Decimal(2).ln() / rate).quantize(Decimal("0.01")))

# Years to reach a target with annual compounding: n = ln(target/P) / ln(1 + r)
target = Decimal("50000")
n = (target / principal).ln() / (1 + rate).ln()
print("years", n.quantize(Decimal("0.001")))

# Discount factor and present value of a payment in 7.5 years
df = (-rate * Decimal("7.5")).exp()
print("pv", (Decimal("10000") * df).quantize(CENT))

# Monthly rate equivalent to an annual one: (1 + r)^(1/12) - 1
with localcontext(prec=40):
    monthly = (1 + rate) ** (Decimal(1) / 12) - 1
print("monthly", +monthly)
print("check", ((1 + monthly) ** 12 - 1).quantize(Decimal("0.0000000001")))
# Log returns over a price series
prices = [Decimal(p) for p in ["100.00", "101.50", "99.75", "103.20", "104.00"]]
logs = [(b / a).ln() for a, b in zip(prices, prices[1:])]
print([str(x.quantize(Decimal("0.00001"))) for x in logs])
print("total", sum(logs).exp() * prices[0])
