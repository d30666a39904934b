from dataclasses import dataclass, field, asdict
from decimal import Decimal

@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    unit_price: Decimal

@dataclass
class LineItem:
    product: Product
    quantity: int = 1
    discount_pct: int = 0

    @property
    def subtotal(self):
        gross = self.product.unit_price * self.quantity
        return (gross * (100 - self.discount_pct) / 100).quantize(Decimal("0.01"))

@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)
    shipping: Decimal = Decimal("4.90")

    def add(self, product, quantity=1, discount_pct=0):
        if quantity <= 0:
            raise ValueError(f"quantity must be positive, got {quantity}")
        self.items.append(LineItem(product, quantity, discount_pct))
        return self

    @property
    def total(self):
        net = sum((i.subtotal for i in self.items), Decimal("0"))
        return net if net >= Decimal("50") else net + self.shipping

pen = Product("P-1", "Pen", Decimal("1.99"))
book = Product("B-7", "Book", Decimal("24.50"))
order = Order("ACME").add(pen, 3).add(book, 2, discount_pct=10)
print(order)
for item in order.items:
    print(item.product.sku, item.quantity, item.subtotal)
print("total", order.total)
small = Order("Solo").add(pen)
print("small total", small.total, small == Order("Solo", [LineItem(pen)]))
try:
    small.add(book, 0)
except ValueError as e:
    print(type(e).__name__, e)
print(asdict(small))
by_sku = {i.product.sku: i for o in (order, small) for i in o.items}
print(sorted(by_sku), by_sku["P-1"].quantity)
print(Product("P-1", "Pen", Decimal("1.99")) in {pen}, len({pen, book, Product("P-1", "Pen", Decimal("1.990"))}))
