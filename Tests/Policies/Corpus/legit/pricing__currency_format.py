def money(amount, currency="EUR"):
    return "{:,.2f} {}".format(amount, currency)

result = money(order["total"], order.get("currency", "EUR"))
