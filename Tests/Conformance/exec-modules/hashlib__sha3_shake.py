import hashlib
for name in ["sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = hashlib.new(name, b"abc")
    print(name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha3_256().hexdigest())
print(hashlib.sha3_512(b"x" * 200).hexdigest()[:32])
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size)
print(s.hexdigest(16), s.digest(4))
print(hashlib.shake_256(b"abc").hexdigest(40))
print(hashlib.shake_128(b"abc").hexdigest(200)[-20:])
print(hashlib.shake_128().digest(0), hashlib.shake_256(b"z").digest(length=3))
c = s.copy()
c.update(b"def")
print(c.hexdigest(8) == hashlib.shake_128(b"abcdef").hexdigest(8), s.hexdigest(8))
a = hashlib.sha3_224()
for i in range(500):
    a.update(bytes([i % 256]))
print(a.hexdigest() == hashlib.sha3_224(bytes(i % 256 for i in range(500))).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
for label, f in [("no length", lambda: s.digest()), ("hex no length", lambda: s.hexdigest()), ("str length", lambda: s.digest("4"))]:
    try:
        f()
    except TypeError as e:
        print(label, "TypeError", e)
