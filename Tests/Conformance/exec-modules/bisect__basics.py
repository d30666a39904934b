import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left([], 5), bisect.bisect_right([], 5))

words = ["apple", "banana", "cherry", "date"]
print(bisect.bisect_left(words, "blueberry"), bisect.bisect_right(words, "cherry"))

floats = [0.5, 1.5, 2.5]
print(bisect.bisect(floats, 1.5), bisect.bisect_left(floats, 1.5), bisect.bisect(floats, 2))

tuples = [(1, 'a'), (2, 'b'), (2, 'd'), (3, 'c')]
print(bisect.bisect_left(tuples, (2, 'c')), bisect.bisect_right(tuples, (2,)))

# membership test with bisect_left
def contains(seq, x):
    i = bisect.bisect_left(seq, x)
    return i != len(seq) and seq[i] == x

print([contains(a, v) for v in [4, 5, 9, 0]])

# works on any sequence supporting __getitem__ and len
print(bisect.bisect(range(0, 100, 10), 35), bisect.bisect_left((1, 3, 5), 3))
print(bisect.bisect_left("acegik", "f"))
