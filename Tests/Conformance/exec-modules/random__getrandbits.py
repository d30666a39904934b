# getrandbits: 32-bit words, least significant first; k = 0 draws nothing.
import random

random.seed(2024)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 100, 128, 200, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

random.seed(5)
a = random.getrandbits(0)
b = random.random()
random.seed(5)
print("k=0 consumes nothing:", a == 0 and b == random.random())

for bad in [-1, 1.5, "8", None, 2**40]:
    try:
        random.getrandbits(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for args in [(), (1, 2)]:
    try:
        random.getrandbits(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    random.getrandbits(k=3)
except TypeError as e:
    print(type(e).__name__, e)
