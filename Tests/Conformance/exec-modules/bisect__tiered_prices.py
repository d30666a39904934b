import bisect

# Volume discount tiers: quantity thresholds and unit prices.
THRESHOLDS = [10, 50, 100, 500]
PRICES = [9.99, 8.49, 7.25, 6.10, 4.95]

def unit_price(qty):
    return PRICES[bisect.bisect_right(THRESHOLDS, qty - 1)]

for qty in [1, 9, 10, 11, 49, 50, 99, 100, 499, 500, 10_000]:
    print(qty, unit_price(qty), round(qty * unit_price(qty), 2))

# Grade letters from scores (the classic bisect recipe)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

# Tax brackets: find the bracket, then compute the tax progressively
BRACKETS = [(0, 0.0), (10_000, 0.10), (40_000, 0.20), (90_000, 0.35)]
starts = [b[0] for b in BRACKETS]

def tax(income):
    i = bisect.bisect_right(starts, income) - 1
    total = 0.0
    for k in range(1, i + 1):
        lo, rate = BRACKETS[k]
        hi = BRACKETS[k + 1][0] if k + 1 < len(BRACKETS) else income
        total += (min(income, hi) - lo) * rate
    return i, round(total, 2)

for income in [5_000, 10_000, 25_000, 40_000, 100_000]:
    print(income, tax(income))

# Shipping zones by weight with key= over records
ZONES = [{"max_kg": 1, "fee": 4}, {"max_kg": 5, "fee": 9}, {"max_kg": 20, "fee": 25}]
def fee(kg):
    i = bisect.bisect_left(ZONES, kg, key=lambda z: z["max_kg"])
    return ZONES[i]["fee"] if i < len(ZONES) else None

print([fee(w) for w in [0.2, 1, 1.1, 5, 19.9, 20, 21]])
