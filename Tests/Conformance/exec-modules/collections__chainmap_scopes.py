from collections import ChainMap

# Layered pricing configuration: promotion overrides store overrides company defaults.
company = {"discount": 0, "shipping": 4.99, "free_shipping_over": 50}
store = {"shipping": 3.99}
promo = {"discount": 10}

def price(cart_total, config):
    total = cart_total * (100 - config["discount"]) / 100
    if total < config["free_shipping_over"]:
        total += config["shipping"]
    return round(total, 2)

base = ChainMap(store, company)
with_promo = base.new_child(promo)
for amount in (20, 45, 60):
    print(amount, price(amount, base), price(amount, with_promo))

print(with_promo)
print(with_promo.parents)
print(sorted(with_promo.keys()))
print(list(with_promo.items()))

merged = with_promo | {"discount": 15}
print(merged)
print({"extra": 1} | base)
base |= {"shipping": 2.5}
print(store, base["shipping"])

# Variable scopes in a tiny rule language.
scopes = ChainMap({"x": 1})
inner = scopes.new_child({"y": 2})
inner["x"] = 10
print(inner["x"], scopes["x"], inner["y"], "y" in scopes)
print(("x", 10) in inner.items(), ("x", 1) in inner.items(), 2 in inner.values())
print(inner.keys() == {"x", "y"}, sorted(inner.keys() & {"y", "z"}))
