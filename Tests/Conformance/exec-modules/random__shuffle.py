# shuffle: Fisher-Yates from the end, in place, returns None.
import random

random.seed(8)
for n in [0, 1, 2, 3, 10, 52]:
    x = list(range(n))
    print(random.shuffle(x), x)

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.seed("deck")
random.shuffle(deck)
print(deck[:13])

words = ["alpha", "beta", "gamma", "delta"]
r = random.Random(1)
r.shuffle(words)
print(words)

for bad in [(1, 2, 3), "abc", 5, None]:
    try:
        random.shuffle(bad)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    random.shuffle([1, 2], None)
except TypeError as e:
    print(type(e).__name__, e)
