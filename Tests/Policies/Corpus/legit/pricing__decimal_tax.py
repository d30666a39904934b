from decimal import Decimal, ROUND_HALF_UP

RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "US": Decimal("0.07")}
net = Decimal(str(order["net"]))
tax = (net * RATES.get(order["country"], Decimal("0"))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
result = {"net": str(net), "tax": str(tax), "gross": str(net + tax)}
