data = [1, 2, 0, 4]
out = [10 // x for x in data]
