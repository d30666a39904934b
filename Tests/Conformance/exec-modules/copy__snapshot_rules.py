import copy

# A pricing rule works on a copy of the input so the original stays untouched.
BASE_CART = {
    "customer": {"id": 42, "tier": "gold", "tags": ["vip"]},
    "lines": [
        {"sku": "A1", "qty": 2, "price": 10.0},
        {"sku": "B7", "qty": 1, "price": 99.0},
    ],
    "coupons": ["WELCOME"],
}

def apply_rules(cart):
    cart = copy.deepcopy(cart)
    if cart["customer"]["tier"] == "gold":
        for line in cart["lines"]:
            line["price"] = round(line["price"] * 0.9, 2)
        cart["customer"]["tags"].append("discounted")
    cart["coupons"].clear()
    cart["total"] = sum(l["qty"] * l["price"] for l in cart["lines"])
    return cart

result = apply_rules(BASE_CART)
print(result)
print(BASE_CART)

# What goes wrong with a shallow copy
def apply_shallow(cart):
    cart = copy.copy(cart)
    cart["lines"][0]["price"] = 0.0
    return cart

before = BASE_CART["lines"][0]["price"]
apply_shallow(BASE_CART)
print(before, BASE_CART["lines"][0]["price"])

# Scenario testing: one template, many variants
template = {"region": "EU", "limits": {"max": 100}, "steps": []}
variants = []
for i, region in enumerate(["EU", "US", "APAC"]):
    v = copy.deepcopy(template)
    v["region"] = region
    v["limits"]["max"] += i * 50
    v["steps"].append(f"step-{i}")
    variants.append(v)
print(template)
for v in variants:
    print(v)
