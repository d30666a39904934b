from collections import namedtuple, Counter, defaultdict

Order = namedtuple("Order", "id customer sku qty unit_price", defaults=[1, 0.0])
raw = [
    (1, "acme", "bolt", 100, 0.05),
    (2, "globex", "nut", 250, 0.02),
    (3, "acme", "washer"),
    (4, "initech", "bolt", 40, 0.05),
]
orders = [Order._make(r) if len(r) == 5 else Order(*r) for r in raw]
for o in orders:
    print(o)

def line_total(o):
    return round(o.qty * o.unit_price, 2)

print([line_total(o) for o in orders])
per_customer = defaultdict(float)
for o in orders:
    per_customer[o.customer] += line_total(o)
print(dict(per_customer))
print(Counter(o.sku for o in orders).most_common(1))

# Records are immutable: corrections produce new records.
fixed = [o._replace(unit_price=0.04) if o.sku == "washer" else o for o in orders]
print(fixed[2], orders[2])
print(max(orders, key=lambda o: o.qty).id)
print(sorted(orders, key=lambda o: (o.customer, -o.qty))[0])
print([o._asdict()["customer"] for o in orders])

match orders[0]:
    case Order(id=1, customer=who):
        print("first order by", who)
match orders[1]:
    case Order(_, cust, sku, qty, price):
        print(cust, sku, qty, price)
