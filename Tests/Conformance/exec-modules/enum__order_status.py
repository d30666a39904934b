from enum import Enum


class OrderStatus(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def is_final(self):
        return self in (OrderStatus.DELIVERED, OrderStatus.CANCELLED)

    def can_move_to(self, target):
        return target in TRANSITIONS.get(self, ())


TRANSITIONS = {
    OrderStatus.NEW: (OrderStatus.PAID, OrderStatus.CANCELLED),
    OrderStatus.PAID: (OrderStatus.SHIPPED, OrderStatus.CANCELLED),
    OrderStatus.SHIPPED: (OrderStatus.DELIVERED,),
}


def advance(order, target_name):
    current = OrderStatus(order["status"])
    target = OrderStatus[target_name.upper()]
    if current.is_final:
        return f"order {order['id']}: {current.name} is final"
    if not current.can_move_to(target):
        return f"order {order['id']}: cannot go from {current.value} to {target.value}"
    order["status"] = target.value
    return f"order {order['id']}: {current.name} -> {target.name}"


orders = [
    {"id": 1, "status": "new"},
    {"id": 2, "status": "paid"},
    {"id": 3, "status": "delivered"},
    {"id": 4, "status": "shipped"},
]
for order, target in zip(orders, ["paid", "delivered", "cancelled", "delivered"]):
    print(advance(order, target))
print([o["status"] for o in orders])
summary = {}
for o in orders:
    status = OrderStatus(o["status"])
    summary[status.name] = summary.get(status.name, 0) + 1
print(summary)
open_orders = [o["id"] for o in orders if not OrderStatus(o["status"]).is_final]
print(open_orders)
try:
    advance({"id": 5, "status": "lost"}, "paid")
except ValueError as e:
    print(type(e).__name__, e)
