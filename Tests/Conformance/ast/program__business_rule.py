RATE = 0.08
def price(order):
    """Compute the order total."""
    total = sum(item["qty"] * item["price"] for item in order["items"])
    if order.get("coupon") == "SAVE10" and total >= 100:
        total *= 0.9
    elif total > 1_000:
        total -= 50
    return round(total * (1 + RATE), 2)

result = price(order) if order else None
