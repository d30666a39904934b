import json
class Money:
    def __init__(self, cents):
        self.cents = cents
class Order:
    def __init__(self, total, items):
        self.total, self.items = total, items
def default(o):
    if isinstance(o, Money):
        return f"{o.cents // 100}.{o.cents % 100:02d}"
    if isinstance(o, Order):
        return {"total": o.total, "items": o.items}
    return None
print(json.dumps(Order(Money(1999), [Money(5), Money(1994)]), default=default, sort_keys=True))
print(json.dumps({"x": object()}, default=default))
