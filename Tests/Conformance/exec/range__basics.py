print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), list(range(0)), range(3), range(1, 9, 2))
r = range(10)
print(len(r), r[3], r[-1], r[2:5], 5 in r, 10 in r, r.index(4), r.count(3), list(reversed(range(3))))
print(range(0, 10, 3)[1:], len(range(100, 0, -7)), range(1, 2) == range(1, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
