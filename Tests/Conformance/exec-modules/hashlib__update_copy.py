import hashlib
h = hashlib.sha256()
h.update(b"hello ")
snapshot = h.copy()
h.update(b"world")
print(h.hexdigest())
print(snapshot.hexdigest())
snapshot.update(b"world")
print(snapshot.hexdigest() == h.hexdigest())
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
# digest() does not end the computation
h2 = hashlib.md5(b"a")
first = h2.hexdigest()
h2.update(b"b")
print(first, h2.hexdigest(), hashlib.md5(b"ab").hexdigest())
# many small updates equal one big one, across block boundaries
for name in ["sha224", "sha384", "blake2b", "blake2s"]:
    a = hashlib.new(name)
    for i in range(300):
        a.update(bytes([i % 256]))
    b = hashlib.new(name, bytes(i % 256 for i in range(300)))
    print(name, a.hexdigest() == b.hexdigest(), a.hexdigest()[:16])
