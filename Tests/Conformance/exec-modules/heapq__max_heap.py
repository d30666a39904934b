import heapq

# heapq's own max-heap helpers (used by nlargest); the heap order is CPython's.
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), h)
print(heapq._heapreplace_max(h, 0), h)
out = []
while h:
    out.append(heapq._heappop_max(h))
print(out)

# the usual max-heap idiom: negate priorities
bids = [("acme", 120), ("globex", 95), ("initech", 130), ("hooli", 95)]
heap = [(-price, name) for name, price in bids]
heapq.heapify(heap)
print(heap)
while heap:
    price, name = heapq.heappop(heap)
    print(name, -price)

for f in [lambda: heapq._heappop_max([]), lambda: heapq._heapreplace_max([], 1), lambda: heapq._heapify_max((1,))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
