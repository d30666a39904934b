from decimal import Decimal
def share(total, people):
    return Decimal(total) / people
print(share("100.00", 3))
print(share("100.00", 0))
