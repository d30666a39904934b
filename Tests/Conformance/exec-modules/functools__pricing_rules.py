import functools
import operator

# Rules are small functions; partial fixes their parameters, reduce applies them in order.
def percent_off(rate, price):
    return price * (1 - rate)

def flat_off(amount, price):
    return max(price - amount, 0)

def cap(limit, price):
    return min(price, limit)

RULES = {
    "gold": [functools.partial(percent_off, 0.15), functools.partial(flat_off, 5)],
    "silver": [functools.partial(percent_off, 0.05)],
    "promo": [functools.partial(flat_off, 20), functools.partial(cap, 99)],
}

def final_price(price, tiers):
    rules = [r for t in tiers for r in RULES.get(t, [])]
    return round(functools.reduce(lambda p, rule: rule(p), rules, price), 2)

for tiers in [[], ["silver"], ["gold"], ["gold", "promo"], ["promo"]]:
    print(tiers, final_price(150.0, tiers))

# Exchange rates fetched once per currency
fetches = []
@functools.lru_cache(maxsize=8)
def rate(currency):
    fetches.append(currency)
    return {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}[currency]

orders = [(100, "USD"), (50, "EUR"), (20, "USD"), (75, "GBP"), (10, "USD")]
print(round(sum(a * rate(c) for a, c in orders), 2), fetches, rate.cache_info())

# Ranking customers: total desc, then name
totals = {}
for amount, cur in orders:
    totals[cur] = totals.get(cur, 0) + amount
ranking = sorted(totals.items(), key=functools.cmp_to_key(lambda a, b: (b[1] - a[1]) or ((a[0] > b[0]) - (a[0] < b[0]))))
print(ranking)

# Dispatch per event type
@functools.singledispatch
def handle(event):
    return "ignored"

@handle.register
def _(event: dict):
    return "order " + str(event.get("id"))

@handle.register
def _(event: str):
    return "note " + event

print([handle(e) for e in [{"id": 7}, "check stock", 42]])
print(functools.reduce(operator.add, map(len, ["ab", "cde"]), 0))
