# collections.Counter over 100k items: counting, most_common, arithmetic.
from collections import Counter

skus = [f'SKU-{(i * 7919) % 997}' for i in range(100000)]
for _ in range(5):
    c = Counter(skus)
print(len(c), c.most_common(3))
d = Counter(s[-1] for s in skus)
print(sorted(d.items())[:3], (c - Counter(skus[:50000])).total())
