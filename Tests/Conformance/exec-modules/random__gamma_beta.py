# gammavariate's three algorithms (alpha < 1, alpha == 1, alpha > 1) and betavariate.
import random

random.seed(77)
for alpha in [0.01, 0.1, 0.5, 0.9, 1, 1.0, 2, 5.5, 20, 200]:
    print(alpha, [random.gammavariate(alpha, 1.0) for _ in range(3)])
print(random.gammavariate(2, 3), random.gammavariate(0.5, 10), random.gammavariate(1, 2))

print([random.betavariate(2, 3) for _ in range(3)])
print([random.betavariate(0.5, 0.5) for _ in range(3)])
print([random.betavariate(1, 1) for _ in range(3)])
print(random.betavariate(alpha=10, beta=1))

for args in [(0, 1), (1, 0), (-1, 1), (1, -0.5)]:
    try:
        print(random.gammavariate(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
for args in [(0, 1), (1,), ("a", 1)]:
    try:
        print(random.betavariate(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
