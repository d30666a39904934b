"""Shipping cost: zone price by billable weight (actual or volumetric), surcharges, free threshold.

Inputs (globals): parcel {weight_kg, length_cm, width_cm, height_cm, fragile}, destination
{country, postcode}, order_value, express (bool).
Sets result: {zone, billable_kg, cost, breakdown}.
"""
import math

ZONES = {"DE": 1, "AT": 2, "NL": 2, "FR": 2, "IT": 3, "ES": 3, "PL": 3, "US": 4}
BASE = {1: 4.90, 2: 8.90, 3: 11.50, 4: 24.00}
PER_KG = {1: 0.40, 2: 0.90, 3: 1.20, 4: 3.50}
REMOTE_POSTCODE_PREFIXES = ("18565", "25849", "27498")  # islands

zone = ZONES.get(destination["country"])
if zone is None:
    result = {"zone": None, "error": f"no shipping to {destination['country']}"}
else:
    volumetric = parcel["length_cm"] * parcel["width_cm"] * parcel["height_cm"] / 5000
    billable = math.ceil(max(parcel["weight_kg"], volumetric) * 2) / 2  # next half kilo
    breakdown = {"base": BASE[zone], "weight": round(max(0.0, billable - 1) * PER_KG[zone], 2)}
    if parcel.get("fragile"):
        breakdown["fragile"] = 3.00
    if destination["country"] == "DE" and destination["postcode"].startswith(REMOTE_POSTCODE_PREFIXES):
        breakdown["remote area"] = 6.50
    if express:
        breakdown["express"] = round(sum(breakdown.values()) * 0.5, 2)
    cost = round(sum(breakdown.values()), 2)
    if order_value >= 100 and zone <= 2 and not express:
        breakdown["free shipping over 100"] = -cost
        cost = 0.0
    result = {"zone": zone, "billable_kg": billable, "cost": cost, "breakdown": breakdown}
