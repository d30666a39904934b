ORDERS = [
    {"id": 1, "customer": "gold", "items": [{"sku": "A", "qty": 2, "price": 9.99}, {"sku": "B", "qty": 1, "price": 100}]},
    {"id": 2, "customer": "new", "items": [{"sku": "C", "qty": 10, "price": 1.5}]},
    {"id": 3, "customer": "silver", "items": []},
]
DISCOUNTS = {"gold": 0.2, "silver": 0.1}
def subtotal(order):
    return sum(i["qty"] * i["price"] for i in order["items"])
def discount(order):
    rate = DISCOUNTS.get(order["customer"], 0)
    if subtotal(order) > 50:
        rate += 0.05
    return round(subtotal(order) * rate, 2)
result = []
for o in ORDERS:
    st = subtotal(o)
    d = discount(o)
    result.append({"id": o["id"], "subtotal": round(st, 2), "discount": d, "total": round(st - d, 2)})
for r in result:
    print(r)
print(max(result, key=lambda r: r["total"])["id"])
