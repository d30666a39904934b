line = "{name}: {amount:.2f} {currency}".format(name=customer["name"], amount=order["total"], currency="EUR")
summary = "{0.year}-{0.month:02d}".format(period)
result = line + " / " + summary
