import itertools as it
from operator import itemgetter

orders = [
    {"customer": "acme", "day": "2024-03-01", "total": 120.0},
    {"customer": "globex", "day": "2024-03-01", "total": 40.5},
    {"customer": "acme", "day": "2024-03-02", "total": 80.0},
    {"customer": "initech", "day": "2024-03-02", "total": 15.0},
    {"customer": "globex", "day": "2024-03-03", "total": 300.0},
    {"customer": "acme", "day": "2024-03-03", "total": 5.25},
]

by_customer = itemgetter("customer")
summary = {}
for customer, group in it.groupby(sorted(orders, key=by_customer), key=by_customer):
    group = list(group)
    summary[customer] = (len(group), sum(o["total"] for o in group))
print(summary)

# daily totals in date order, with a running total
by_day = itemgetter("day")
daily = [(day, sum(o["total"] for o in grp)) for day, grp in it.groupby(sorted(orders, key=by_day), key=by_day)]
print(daily)
print(list(it.accumulate(t for _, t in daily)))

# best order per customer
best = {c: max(g, key=itemgetter("total"))["day"] for c, g in it.groupby(sorted(orders, key=by_customer), key=by_customer)}
print(best)

# customers that ordered on consecutive days
days = sorted({(o["customer"], o["day"]) for o in orders})
for customer, grp in it.groupby(days, key=itemgetter(0)):
    ds = [int(d[-2:]) for _, d in grp]
    streak = any(b - a == 1 for a, b in it.pairwise(ds))
    print(customer, ds, streak)

# bucket totals into bands
bands = [(0, 50, "small"), (50, 150, "medium"), (150, 10_000, "large")]
def band(o):
    return next(name for lo, hi, name in bands if lo <= o["total"] < hi)
for name, grp in it.groupby(sorted(orders, key=band), key=band):
    print(name, [o["customer"] for o in grp])
