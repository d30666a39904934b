rows = [('b', 2), ('a', 1), ('c', 2), ('d', 1)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: r[1], reverse=True))
