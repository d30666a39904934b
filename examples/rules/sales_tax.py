"""Sales tax (VAT) for an invoice: rate by country and category, reverse charge for B2B in the EU.

Inputs (globals): seller_country, buyer {country, vat_id (str or None)}, lines [{description,
category, net}].
Sets result: {lines, net, tax, gross, notes}.
"""
import json
from decimal import Decimal, ROUND_HALF_EVEN

RATES = json.loads("""{
  "DE": {"standard": "0.19", "reduced": "0.07", "books": "0.07", "exempt": "0"},
  "FR": {"standard": "0.20", "reduced": "0.055", "books": "0.055", "exempt": "0"},
  "AT": {"standard": "0.20", "reduced": "0.10", "books": "0.10", "exempt": "0"}
}""")
EU = set(RATES)
CENT = Decimal("0.01")

notes = []
reverse_charge = buyer["country"] != seller_country and buyer["country"] in EU and bool(buyer.get("vat_id"))
if reverse_charge:
    notes.append(f"reverse charge: VAT is owed by the buyer ({buyer['vat_id']})")
taxing_country = seller_country if buyer["country"] not in EU or reverse_charge else buyer["country"]
if buyer["country"] not in EU:
    notes.append("export outside the EU: no VAT")

out_lines, net_total, tax_total = [], Decimal(0), Decimal(0)
for line in lines:
    net = Decimal(str(line["net"])).quantize(CENT)
    if reverse_charge or buyer["country"] not in EU:
        rate = Decimal(0)
    else:
        rate = Decimal(RATES[taxing_country].get(line["category"], RATES[taxing_country]["standard"]))
    tax = (net * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    out_lines.append({"description": line["description"], "net": str(net), "rate": f"{(rate * 100).normalize():f}%", "tax": str(tax)})
    net_total += net
    tax_total += tax

result = {
    "lines": out_lines,
    "net": str(net_total),
    "tax": str(tax_total),
    "gross": str(net_total + tax_total),
    "notes": notes,
}
