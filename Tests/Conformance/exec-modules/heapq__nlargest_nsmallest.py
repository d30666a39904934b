import heapq

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-2, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(len(nums), nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(4, (x * x for x in nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nsmallest(1, []))

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
cheap = heapq.nsmallest(3, portfolio, key=lambda s: s["price"])
rich = heapq.nlargest(3, portfolio, key=lambda s: s["price"])
print([s["name"] for s in cheap], [s["name"] for s in rich])

# ties keep their input order (same as sorted(...)[:n])
pairs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 2), ("f", 3)]
print(heapq.nlargest(3, pairs, key=lambda p: p[1]))
print(heapq.nsmallest(3, pairs, key=lambda p: p[1]))
print(heapq.nlargest(4, iter(pairs), key=lambda p: p[1]))
print(heapq.nsmallest(3, iter(pairs), key=lambda p: p[1]))

print(heapq.nlargest(2, "hello world"), heapq.nsmallest(3, "hello world"))
print(heapq.nlargest(2, [3, 1, 2], key=None), heapq.nsmallest(n=2, iterable=[3, 1, 2]))
