grid = [[1, 2], [3]]
for row in grid:
    print(row[1])
