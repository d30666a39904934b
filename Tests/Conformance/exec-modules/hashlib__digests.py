import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha256().hexdigest())
print(hashlib.md5(b"").digest())
print(len(hashlib.sha512(b"x").digest()))
print(hashlib.sha1(bytearray(b"abc")).hexdigest())
print(hashlib.md5(b"abc", usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b"abc").hexdigest())
