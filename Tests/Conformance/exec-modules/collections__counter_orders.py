from collections import Counter

orders = [
    {"id": 1, "customer": "acme", "category": "hardware", "amount": 120},
    {"id": 2, "customer": "globex", "category": "software", "amount": 300},
    {"id": 3, "customer": "acme", "category": "software", "amount": 80},
    {"id": 4, "customer": "initech", "category": "services", "amount": 500},
    {"id": 5, "customer": "acme", "category": "hardware", "amount": 60},
    {"id": 6, "customer": "globex", "category": "hardware", "amount": 40},
    {"id": 7, "customer": "umbrella", "category": "services", "amount": 500},
]

# Orders per category, most frequent first.
by_category = Counter(o["category"] for o in orders)
print(by_category)
for category, n in by_category.most_common():
    print(f"{category:<10}{n:>3}")

# Revenue per customer: top-2 customers.
revenue = Counter()
for o in orders:
    revenue[o["customer"]] += o["amount"]
print(revenue.most_common(2))
print(revenue.total())

# Customers who ordered more than once.
repeat = [c for c, n in Counter(o["customer"] for o in orders).items() if n > 1]
print(repeat)

# Stock check: what is still missing after delivery?
needed = Counter(bolts=40, nuts=40, washers=10)
delivered = Counter(bolts=25, nuts=50)
print(needed - delivered, delivered - needed)
print(not (needed - delivered))
