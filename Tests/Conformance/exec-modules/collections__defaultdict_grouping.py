from collections import defaultdict

transactions = [
    ("acme", "2024-01", 120.0),
    ("globex", "2024-01", 75.5),
    ("acme", "2024-02", 30.0),
    ("initech", "2024-02", 410.0),
    ("acme", "2024-02", 15.25),
    ("globex", "2024-03", 99.99),
]

# Group amounts by customer, then by month.
by_customer = defaultdict(list)
by_month = defaultdict(lambda: defaultdict(float))
for customer, month, amount in transactions:
    by_customer[customer].append(amount)
    by_month[month][customer] += amount

for customer, amounts in by_customer.items():
    print(customer, amounts, round(sum(amounts), 2))
for month in sorted(by_month):
    print(month, dict(by_month[month]))

# Invert a mapping: which customers share a region?
region = {"acme": "north", "globex": "south", "initech": "north", "umbrella": "east"}
customers_in = defaultdict(set)
for name, r in region.items():
    customers_in[r].add(name)
print({r: sorted(names) for r, names in sorted(customers_in.items())})

# Flags per rule: a default that is a constant.
flags = defaultdict(lambda: "unknown", {"fraud": "high"})
print(flags["fraud"], flags["late"], sorted(flags))
