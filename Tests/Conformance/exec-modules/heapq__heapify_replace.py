import heapq

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data)

data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapq.heapify(data)
print(data)

print(heapq.heapreplace(data, 10), data)
print(heapq.heapreplace(data, -5), data)

# heappushpop: push then pop, faster than separate calls
print(heapq.heappushpop(data, -10), data)  # smaller than top: returned at once
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))

# replace vs pushpop differ when the new item is the smallest
a = [2, 4, 6]
b = [2, 4, 6]
print(heapq.heapreplace(a, 1), a)
print(heapq.heappushpop(b, 1), b)

# heapify keeps duplicates and is stable in shape
d = [5, 5, 1, 1, 3, 3]
heapq.heapify(d)
print(d)

# heap of lists compares lexicographically
L = [[3, "c"], [1, "a"], [2, "b"], [1, "0"]]
heapq.heapify(L)
print(L)
print(heapq.heappop(L), heapq.heappop(L), L)

empty = []
heapq.heapify(empty)
print(empty)
