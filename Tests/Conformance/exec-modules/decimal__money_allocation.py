from decimal import Decimal, ROUND_DOWN
def allocate(total, weights):
    total = Decimal(total)
    s = sum(weights)
    parts = [(total * w / s).quantize(Decimal("0.01"), rounding=ROUND_DOWN) for w in weights]
    remainder = total - sum(parts)
    cents = int(remainder / Decimal("0.01"))
    for i in range(cents):
        parts[i] += Decimal("0.01")
    return parts
print(allocate("100.00", [1, 1, 1]))
print(allocate("10.00", [3, 2, 1]))
print(allocate("0.05", [1, 1, 1, 1]))
print(sum(allocate("1234.57", [5, 3, 2])))
