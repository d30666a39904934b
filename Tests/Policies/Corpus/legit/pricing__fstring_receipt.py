lines = []
for item in order["items"]:
    lines.append(f"{item['name']:<20}{item['qty']:>4} x {item['price']:>8.2f}")
total = sum(i["qty"] * i["price"] for i in order["items"])
lines.append(f"{'TOTAL':<20}{total:>17.2f}")
result = "\n".join(lines)
