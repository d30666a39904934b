"""Pricing discount: loyalty tier, volume and coupon discounts, capped.

Inputs (globals): customer {tier, years}, cart [{sku, qty, unit_price}], coupon (str or None).
Sets result: {subtotal, discount, total, reasons}.
"""
from decimal import Decimal, ROUND_HALF_UP

TIER_RATES = {"bronze": Decimal("0.00"), "silver": Decimal("0.03"), "gold": Decimal("0.07"), "platinum": Decimal("0.10")}
COUPONS = {"WELCOME5": Decimal("0.05"), "SPRING10": Decimal("0.10")}
MAX_RATE = Decimal("0.25")
CENT = Decimal("0.01")


def line_total(line):
    return Decimal(str(line["unit_price"])) * line["qty"]


subtotal = sum((line_total(line) for line in cart), Decimal(0))
rate = TIER_RATES.get(customer.get("tier", "bronze"), Decimal(0))
reasons = [f"tier {customer.get('tier', 'bronze')}: {rate:.0%}"] if rate else []

if customer.get("years", 0) >= 5:
    rate += Decimal("0.02")
    reasons.append("loyal for 5+ years: 2%")

units = sum(line["qty"] for line in cart)
if units >= 50:
    rate += Decimal("0.05")
    reasons.append(f"volume ({units} units): 5%")

if coupon:
    code = coupon.strip().upper()
    if code in COUPONS:
        rate += COUPONS[code]
        reasons.append(f"coupon {code}: {COUPONS[code]:.0%}")
    else:
        reasons.append(f"coupon {code!r} ignored: unknown")

if rate > MAX_RATE:
    reasons.append(f"capped at {MAX_RATE:.0%}")
    rate = MAX_RATE

discount = (subtotal * rate).quantize(CENT, rounding=ROUND_HALF_UP)
result = {
    "subtotal": str(subtotal.quantize(CENT)),
    "discount": str(discount),
    "total": str((subtotal - discount).quantize(CENT)),
    "reasons": reasons,
}
