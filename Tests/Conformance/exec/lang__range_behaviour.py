r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, 7 in r, r.index(4), list(range(5))[::2], range(3) == range(0, 3))
