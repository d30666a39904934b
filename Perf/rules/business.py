# A 30-line pricing rule: tiered discount, loyalty, coupons, shipping and tax.
TIERS = [(1000, 0.15), (500, 0.10), (100, 0.05)]
COUPONS = {"WELCOME10": 0.10, "VIP": 0.20}
FREE_SHIPPING_OVER = 75


def tier_discount(subtotal):
    for threshold, rate in TIERS:
        if subtotal >= threshold:
            return rate
    return 0.0


def line_total(item):
    return item["price"] * item["qty"]


subtotal = sum(line_total(i) for i in order["items"])
rate = tier_discount(subtotal)
if customer.get("loyal") and customer.get("years", 0) >= 3:
    rate += 0.02
coupon = COUPONS.get(order.get("coupon", ""), 0.0)
rate = min(rate + coupon, 0.30)
discounted = round(subtotal * (1 - rate), 2)
shipping = 0 if discounted >= FREE_SHIPPING_OVER else 7.5
tax = round(discounted * customer.get("tax_rate", 0.2), 2)
result = {
    "subtotal": round(subtotal, 2),
    "discount_rate": round(rate, 4),
    "total": round(discounted + shipping + tax, 2),
    "free_shipping": shipping == 0,
}
