# sample(counts=...): a sample of range(total) mapped through bisect over the cumulative counts.
import random

random.seed(21)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("abc", k=6, counts=[1, 2, 3]))
print(random.sample(range(3), k=3, counts=[10, 0, 10]))
print(random.sample(["x"], k=3, counts=[3]))
print(random.sample(["a", "b"], k=2, counts=[True, True]))

cases = [
    (["a", "b"], 2, [1]),
    (["a", "b"], 2, [0, 0]),
    (["a", "b"], 2, [1.5, 1]),
    (["a", "b"], 5, [2, 2]),
    (["a", "b"], 1, [-1, 1]),
    ([], 1, []),
    (["a", "b"], 1, 5),
]
for population, k, counts in cases:
    try:
        print(random.sample(population, k, counts=counts))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
