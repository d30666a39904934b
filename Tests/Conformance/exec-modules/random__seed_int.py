# Integer seeds: the absolute value's 32-bit words feed init_by_array.
import random

for seed in [0, 1, 2, 42, -42, 12345678901234567890, 2**32 - 1, 2**32, 2**64 + 5, -(2**100), 10**50]:
    random.seed(seed)
    print(seed, random.random(), random.random())

random.seed(True)
a = random.random()
random.seed(1)
print("True seeds like 1:", a == random.random())

random.seed(False)
b = random.random()
random.seed(0)
print("False seeds like 0:", b == random.random())

# Seeding resets the sequence.
random.seed(99)
first = [random.random() for _ in range(5)]
random.seed(99)
print(first == [random.random() for _ in range(5)])
print(first)

# seed() returns None; keyword form works too.
print(random.seed(a=7))
print(random.random())
random.seed(7, version=2)
print(random.random())
random.seed(7, version=1)
print(random.random())
