# randbytes(n) is getrandbits(n * 8) in little-endian order.
import random

random.seed(123)
for n in [0, 1, 2, 3, 4, 5, 8, 16, 33]:
    b = random.randbytes(n)
    print(n, type(b).__name__, len(b), b.hex())

random.seed(5)
a = random.randbytes(8)
random.seed(5)
print(a == random.getrandbits(64).to_bytes(8, "little"))

for bad in [-1, 1.5, "3", None]:
    try:
        random.randbytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.randbytes()
except TypeError as e:
    print(type(e).__name__, e)
