from decimal import Decimal, ROUND_HALF_EVEN
ledger = [("rent", "1250.00"), ("power", "-87.45"), ("refund", "12.5"), ("fee", "-0.335"), ("interest", "3.14159")]
balance = Decimal("0")
for name, amount in ledger:
    balance += Decimal(amount)
    print(f"{name:<10}{Decimal(amount):>12.2f}{balance:>14}")
print(balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
split = (balance / 3).quantize(Decimal("0.01"))
print(split, split * 3, balance - split * 3)
