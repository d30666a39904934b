import re

COUPON = re.compile(r"^[A-Z]{4}-\d{4}$")

def coupon_value(code, subtotal):
    if not code or not COUPON.match(code):
        return 0
    if code.startswith("VIP"):
        return min(subtotal * 0.2, 100)
    return 10 if subtotal >= 50 else 0

result = coupon_value(order.get("coupon"), order["subtotal"])
