d = {}
for i in range(300000):
    d["k" + str(i % 5000)] = d.get("k" + str(i % 5000), 0) + i
counts = {}
for k, v in d.items():
    counts[v % 10] = counts.get(v % 10, 0) + 1
print(len(d), sorted(counts.items()))
