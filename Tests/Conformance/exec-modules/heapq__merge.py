import heapq

a = [1, 4, 7, 10]
b = [2, 5, 8]
c = [0, 3, 6, 9, 12]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))

m = heapq.merge([1, 3], [2])
print(type(m).__name__, next(m), next(m), list(m))

# ties: items from earlier iterables come first
left = [(1, "L1"), (2, "L2")]
right = [(1, "R1"), (2, "R2")]
print(list(heapq.merge(left, right, key=lambda t: t[0])))
print(list(heapq.merge(right, left, key=lambda t: t[0])))

# reverse merges descending inputs
print(list(heapq.merge([9, 5, 1], [8, 6, 2], [7], reverse=True)))

# key function
words1 = ["a", "ccc", "eeeee"]
words2 = ["bb", "dddd"]
print(list(heapq.merge(words1, words2, key=len)))
print(list(heapq.merge(["zz", "y"], ["xxx"], key=len, reverse=True)))

# generators as inputs, merged lazily
def gen(start, step, n):
    for i in range(n):
        yield start + i * step

print(list(heapq.merge(gen(0, 3, 4), gen(1, 3, 4), gen(2, 3, 4))))

# merge sorted daily logs by timestamp
mon = [("08:00", "login"), ("09:30", "order")]
tue = [("07:45", "login"), ("09:30", "refund"), ("11:00", "logout")]
for ts, ev in heapq.merge(mon, tue):
    print(ts, ev)
