names = ['a', 'b', 'c']
scores = [3, 1, 2]
for i, (n, s) in enumerate(zip(names, scores), start=1):
    print(i, n, s)
print(list(reversed(names)), list(zip(names, scores, 'xy')), dict(zip(names, scores)))
