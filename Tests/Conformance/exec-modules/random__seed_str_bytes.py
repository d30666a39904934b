# Version 2 seeds a str/bytes/bytearray from the value plus its SHA-512 digest.
import random

for seed in ["", "a", "hello", "hello world", "Grüße", "日本語", "x" * 1000]:
    random.seed(seed)
    print(repr(seed[:12]), random.random(), random.getrandbits(16))

for seed in [b"", b"hello", bytes(range(256)), bytearray(b"hello"), bytearray()]:
    random.seed(seed)
    print(repr(seed[:8]), random.random())

# str and the same bytes (UTF-8) seed alike.
random.seed("abc")
x = random.random()
random.seed(b"abc")
print(x == random.random())

# Version 1: the old string hash (bytes are read as latin-1).
for seed in ["", "a", "hello", b"hello", "Grüße"]:
    random.seed(seed, version=1)
    print("v1", repr(seed), random.random())
