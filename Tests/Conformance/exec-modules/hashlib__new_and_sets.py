import hashlib
for name in ["md5", "SHA256", "sha224", "sha384", "blake2b", "blake2s", "sha512", "sha1"]:
    h = hashlib.new(name, b"data")
    print(name, h.name, h.hexdigest()[:20])
print(hashlib.new("md5", data=b"x").hexdigest())
print(hashlib.new(name="sha1").hexdigest())
wanted = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s"]
print([w in hashlib.algorithms_guaranteed for w in wanted])
print([w in hashlib.algorithms_available for w in wanted])
print(type(hashlib.algorithms_guaranteed).__name__)
print(hashlib.md5().copy().hexdigest())
h = hashlib.sha256(b"a")
print(h.digest().hex() == h.hexdigest())
