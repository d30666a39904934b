from typing import TypedDict, List, Optional, NotRequired, Required


class Customer(TypedDict):
    name: str
    tier: int


class Order(TypedDict, total=False):
    id: str
    items: List[str]
    customer: Customer


class Shipment(Order):
    carrier: Required[str]
    note: NotRequired[str]


c = Customer(name="Ann", tier=2)
print(c, type(c).__name__, c["tier"] + 1, isinstance(c, dict))
o = Order(id="o-1", items=["pen"], customer=c)
o["items"].append("ink")
print(o, len(o), Order(), Customer({"name": "Bo", "tier": 1}))
print(sorted(Customer.__required_keys__), sorted(Order.__optional_keys__), Customer.__total__, Order.__total__)
print(sorted(Shipment.__required_keys__), sorted(Shipment.__optional_keys__))
print(list(Shipment.__annotations__))
Point = TypedDict("Point", {"x": float, "y": float})
p = Point(x=1.0, y=2.5)
print(p, sorted(Point.__required_keys__), Point.__name__)
Loose = TypedDict("Loose", {"a": int}, total=False)
print(Loose(a=1), sorted(Loose.__optional_keys__))


def discount(customer: Customer, orders: List[Order]) -> float:
    base = 5.0 * customer["tier"]
    return base + sum(2.0 for o in orders if len(o.get("items", [])) > 1)


print(discount(c, [o, Order(id="o-2")]))
try:
    class Mixed(TypedDict, int):
        x: int
except TypeError as e:
    print(type(e).__name__, e)
