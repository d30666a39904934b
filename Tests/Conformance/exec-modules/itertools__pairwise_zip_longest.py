import itertools as it

print(list(it.pairwise("ABCD")), list(it.pairwise([1])), list(it.pairwise([])))
print([b - a for a, b in it.pairwise([3, 7, 12, 20])])
readings = [10.0, 10.5, 9.8, 12.4, 12.3]
print([round((b - a) / a * 100, 1) for a, b in it.pairwise(readings)])
print(all(a <= b for a, b in it.pairwise([1, 2, 2, 5])), all(a <= b for a, b in it.pairwise([1, 3, 2])))

print(list(it.zip_longest("ABCD", "xy")), list(it.zip_longest("AB", "xyz", fillvalue="-")))
print(list(it.zip_longest()), list(it.zip_longest([])), list(it.zip_longest([1, 2])), list(it.zip_longest([], [1], fillvalue=0)))
print(list(it.zip_longest(range(3), "ab", [True], fillvalue=None)))

# comparing two price lists line by line
old = [("A", 10), ("B", 12)]
new = [("A", 11), ("B", 12), ("C", 5)]
for o, n in it.zip_longest(old, new, fillvalue=(None, None)):
    if o != n:
        print("changed", o, "->", n)

# zip_longest with an infinite iterator stops only when the finite ones end? (take 4)
print(list(it.islice(it.zip_longest("ab", it.count()), 4)))

for f in [lambda: it.pairwise(), lambda: it.pairwise(1), lambda: it.pairwise([1], [2]),
          lambda: it.zip_longest(1), lambda: it.zip_longest([1], x=1), lambda: it.zip_longest([1], fillvalue=0, x=1)]:
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)
