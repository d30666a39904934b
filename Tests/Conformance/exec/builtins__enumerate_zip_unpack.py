names = ["a", "b", "c"]
scores = [90, 85, 77]
for rank, (name, score) in enumerate(zip(names, scores), start=1):
    print(rank, name, score)
pairs = list(zip(names, scores))
n, s = zip(*pairs)
print(n, s, dict(pairs))
