import itertools as it

# Round-robin assignment of tickets to agents
agents = it.cycle(["ana", "ben", "chloe"])
tickets = [f"T{i}" for i in range(1, 8)]
print(list(zip(tickets, agents)))

# Invoice numbering that continues from the last number
numbers = it.count(1001)
print([f"INV-{n}" for n in it.islice(numbers, 3)], next(numbers))

# Shift plan: every day has the same 3 slots, combined with staff pairs
days = ["mon", "tue"]
slots = ["am", "pm"]
staff = ["ana", "ben", "chloe"]
pairs = list(it.combinations(staff, 2))
plan = list(zip(it.product(days, slots), it.cycle(pairs)))
for (day, slot), pair in plan:
    print(day, slot, pair)

# Tiered commission: accumulate sales until each tier is reached
sales = [300, 450, 200, 800, 150]
running = list(it.accumulate(sales))
tiers = [(0, 0.02), (1000, 0.05), (1500, 0.08)]
def rate(total):
    return max(r for floor, r in tiers if total >= floor)
print([(s, t, rate(t)) for s, t in zip(sales, running)])

# Pairing up discount codes with eligible customers, padding with None
codes = ["A10", "B20"]
customers = ["x", "y", "z"]
print(list(it.zip_longest(customers, codes)))

# Chunked upload, flattened back
chunks = list(it.batched(range(7), 3))
print(chunks, list(it.chain.from_iterable(chunks)) == list(range(7)))

# Flags from selectors
flags = ["vip", "late", "bulk", "intl"]
mask = [1, 0, 0, 1]
print(list(it.compress(flags, mask)), list(it.filterfalse(lambda f: f in ("late",), flags)))
