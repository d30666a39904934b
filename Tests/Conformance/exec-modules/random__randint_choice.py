# randint (randrange(a, b + 1)) and choice.
import random

random.seed(3)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randint(7, 7), random.randint(0, 2**64))

print([random.choice("abcdefg") for _ in range(10)])
print([random.choice((10, 20, 30)) for _ in range(6)])
print([random.choice(range(100, 200, 5)) for _ in range(6)])
print(random.choice([[1], [2], [3]]), random.choice(b"xyz"))

for a, b in [(5, 4), (1.0, 3), ("a", 3), (1, None)]:
    try:
        random.randint(a, b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for seq in [[], "", (), range(0), 5, None, {}, {1: "one"}]:
    try:
        print(random.choice(seq))
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

try:
    random.randint(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.choice()
except TypeError as e:
    print(type(e).__name__, e)
