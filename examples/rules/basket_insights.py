"""Basket insights: line items as dataclasses, tiers as an IntEnum, category mix with Counter,
price statistics, money in Decimal.

Inputs (globals): cart [{sku, qty, unit_price}], customer {tier}.
Sets result: {tier, lines, units, top_categories, median_unit_price, spread, total, bundle_hint}.
"""
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from enum import IntEnum
import statistics

CENT = Decimal("0.01")


class Tier(IntEnum):
    BRONZE = 0
    SILVER = 1
    GOLD = 2
    PLATINUM = 3


@dataclass(frozen=True, order=True)
class Line:
    total: Decimal
    sku: str = field(compare=False)
    qty: int = field(compare=False)
    unit_price: Decimal = field(compare=False)

    @property
    def category(self):
        # SKU-123 -> category "1" (the first digit), a stand-in for a catalogue lookup.
        return "cat-" + self.sku.split("-")[1][0]


def to_line(raw):
    price = Decimal(str(raw["unit_price"]))
    return Line(total=(price * raw["qty"]).quantize(CENT, ROUND_HALF_UP), sku=raw["sku"], qty=raw["qty"], unit_price=price)


lines = sorted((to_line(raw) for raw in cart), reverse=True)
tier = Tier[customer.get("tier", "bronze").upper()]
mix = Counter()
for line in lines:
    mix[line.category] += line.qty
prices = [float(line.unit_price) for line in lines]

result = {
    "tier": tier.name.lower(),
    "lines": len(lines),
    "units": mix.total(),
    "top_categories": [name for name, _ in mix.most_common(2)],
    "median_unit_price": statistics.median(prices) if prices else None,
    "spread": round(statistics.pstdev(prices), 2) if len(prices) > 1 else 0.0,
    "total": str(sum((line.total for line in lines), Decimal(0))),
    "bundle_hint": tier >= Tier.GOLD and len(mix) >= 3,
}
