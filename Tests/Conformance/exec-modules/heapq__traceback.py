import heapq

queue = [(2, "b"), (1, "a")]
heapq.heapify(queue)
print(heapq.heappop(queue))
print(heapq.heappop(queue))
print(heapq.heappop(queue))
