matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2], sum(sum(r) for r in matrix))
flat = []
for row in matrix:
    flat.extend(row)
print(flat, flat[::-1], flat[1::2])
print(sorted(flat, key=lambda v: (v % 3, -v)))
