def bundle_price(items):
    skus = {item["sku"] for item in items}
    total = sum(item["price"] for item in items)
    if {"camera", "lens"} <= skus:
        total -= 50
    if len(items) >= 5:
        total *= 0.97
    return max(total, 0)

result = bundle_price(cart["items"])
