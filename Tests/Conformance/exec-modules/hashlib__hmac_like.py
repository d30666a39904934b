import hashlib
# A hand-rolled HMAC-SHA256 (RFC 2104), as a rule might sign a payload.
def hmac_sha256(key, msg):
    block = 64
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key + bytes(block - len(key))
    o = bytes(b ^ 0x5C for b in key)
    i = bytes(b ^ 0x36 for b in key)
    return hashlib.sha256(o + hashlib.sha256(i + msg).digest()).hexdigest()
print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog"))
print(hmac_sha256(b"k" * 100, b"payload"))
# a keyed BLAKE2 MAC does it in one call
mac = hashlib.blake2b(b"payload", key=b"key", digest_size=16)
print(mac.hexdigest())
print(hashlib.blake2b(b"payload", key=b"key", digest_size=16).digest() == mac.digest())
# hashing a large input
big = b"0123456789abcdef" * 4096
print(hashlib.sha512(big).hexdigest()[:32], hashlib.blake2s(big).hexdigest()[:32])
