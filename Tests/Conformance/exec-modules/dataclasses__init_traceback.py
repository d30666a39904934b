from dataclasses import dataclass, field

@dataclass
class Order:
    id: int
    customer: str
    lines: list = field(default_factory=list)

def load(rows):
    orders = []
    for row in rows:
        orders.append(Order(*row))
    return orders

print(load([(1, "ann"), (2, "bob", ["x"])]))
load([(3, "cy"), (4,)])
