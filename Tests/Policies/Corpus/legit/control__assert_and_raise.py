def check(order):
    assert "id" in order, "order needs an id"
    if order["qty"] <= 0:
        raise ValueError(f"quantity must be positive, got {order['qty']}")
    return True

result = check(order)
