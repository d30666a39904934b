import heapq

# Top customers by revenue, streaming over orders with a bounded heap.
orders = [
    ("acme", 1200.0), ("globex", 300.5), ("initech", 980.0), ("acme", 450.0),
    ("umbrella", 2200.0), ("globex", 1500.0), ("hooli", 75.25), ("initech", 20.0),
    ("stark", 999.99), ("wayne", 999.99), ("hooli", 3000.0),
]
totals = {}
for customer, amount in orders:
    totals[customer] = totals.get(customer, 0) + amount

top3 = heapq.nlargest(3, totals.items(), key=lambda kv: kv[1])
print(top3)
bottom2 = heapq.nsmallest(2, totals.items(), key=lambda kv: (kv[1], kv[0]))
print(bottom2)

# Keep a running top-k with heappushpop
k = 4
best = []
for customer, amount in orders:
    item = (amount, customer)
    if len(best) < k:
        heapq.heappush(best, item)
    else:
        heapq.heappushpop(best, item)
print(sorted(best, reverse=True))

# Rank with ties: equal scores share the same rank
scores = {"ann": 88, "bob": 95, "cid": 88, "dee": 70, "eve": 95, "fay": 60}
ranked = heapq.nlargest(len(scores), scores.items(), key=lambda kv: kv[1])
rank, prev = 0, None
for i, (name, score) in enumerate(ranked, 1):
    if score != prev:
        rank, prev = i, score
    print(rank, name, score)

# Median of a stream with two heaps
low, high = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    med = high[0] if len(high) > len(low) else (high[0] - low[0]) / 2
    print(x, med)
