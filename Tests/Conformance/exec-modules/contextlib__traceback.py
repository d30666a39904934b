from contextlib import contextmanager

released = []

@contextmanager
def transaction(name):
    try:
        yield name
    finally:
        released.append(name)

def apply_discount(order):
    with transaction("discount"):
        rate = order["discount"] / order["items"]
        return order["total"] * (1 - rate)

print(apply_discount({"discount": 1, "items": 4, "total": 100.0}))
print(released)
apply_discount({"discount": 1, "items": 0, "total": 100.0})
