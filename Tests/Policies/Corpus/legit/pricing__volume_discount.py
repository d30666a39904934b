tiers = [(100, 0.15), (50, 0.10), (10, 0.05)]
discount = 0.0
for minimum, rate in tiers:
    if order["quantity"] >= minimum:
        discount = rate
        break
result = round(order["quantity"] * order["unit_price"] * (1 - discount), 2)
