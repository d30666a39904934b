# choices: with replacement; weights become cumulative weights; bisect picks the item.
import random

random.seed(33)
print(random.choices("abc"))
print(random.choices("abc", k=8))
print(random.choices(range(5), k=8))
print(random.choices("abc", [1, 2, 3], k=8))
print(random.choices("abc", weights=[0.1, 0.0, 5.5], k=8))
print(random.choices("abc", cum_weights=[1, 1, 10], k=8))
print(random.choices(["win", "lose"], [1, 99], k=10))
print(random.choices("ab", k=0), random.choices("ab", k=-3))
print(random.choices([10, 20], weights=(1, 1), k=4))

cases = [
    dict(population="ab", weights=[1]),
    dict(population="ab", weights=3),
    dict(population="ab", weights=[1, 2], cum_weights=[1, 3]),
    dict(population="ab", weights=[0, 0]),
    dict(population="ab", weights=[1, float("inf")]),
    dict(population="ab", weights=[1, -1]),
    dict(population="ab", cum_weights=[1]),
    dict(population="ab", weights=["x", "y"]),
    dict(population=[], k=1),
    dict(population=[], weights=[]),
    dict(population="ab", k=1.5),
    dict(population=5),
]
for kw in cases:
    try:
        print(random.choices(**kw))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
