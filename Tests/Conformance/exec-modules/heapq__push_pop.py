import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0]:
    heapq.heappush(h, x)
    print("push", x, h)

while h:
    print("pop", heapq.heappop(h), h)

# tuples order by first element, then second
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
heapq.heappush(tasks, (1, "coffee"))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])

# strings and floats
w = []
for s in ["pear", "apple", "fig", "kiwi", "banana"]:
    heapq.heappush(w, s)
print(w, heapq.heappop(w), w)
f = [3.5, -1.0, 2.25]
heapq.heapify(f)
heapq.heappush(f, float("-inf"))
print(f)

# max-heap by negation
mx = []
for v in [4, 10, 1, 7]:
    heapq.heappush(mx, -v)
print([-heapq.heappop(mx) for _ in range(4)])
