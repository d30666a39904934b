from decimal import Decimal, localcontext, ROUND_HALF_EVEN
principal = Decimal("10000")
rate = Decimal("0.05") / 12
balance = principal
for month in range(1, 13):
    balance = (balance * (1 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    if month % 3 == 0:
        print(month, balance)
with localcontext(prec=50):
    print(principal * (1 + rate) ** 12)
