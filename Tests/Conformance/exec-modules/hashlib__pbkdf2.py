import hashlib
# Storing and checking a PIN the way a rule might: salted PBKDF2.
salt = bytes([0xa1, 0xb2, 0xc3, 0xd4, 0xe5, 0xf6, 0x07, 0x18])
stored = hashlib.pbkdf2_hmac("sha256", b"4711", salt, 1000)
print(stored.hex())
for attempt in ["4711", "1234"]:
    print(attempt, hashlib.pbkdf2_hmac("sha256", attempt.encode(), salt, 1000) == stored)
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"salt", 3, dklen=100).hex())
print(hashlib.pbkdf2_hmac("md5", b"pw", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("SHA256", bytearray(b"pw"), b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("blake2b", b"pw", b"salt", 2, 16).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"k" * 200, b"salt", 3).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha224", password=b"pw", salt=b"salt", iterations=3).hex())
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("unknown", lambda: hashlib.pbkdf2_hmac("whirlpool", b"pw", b"salt", 2))
attempt("str password", lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"salt", 2))
attempt("zero iterations", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 0))
attempt("zero dklen", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1, 0))
attempt("float iterations", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1.5))
attempt("name type", lambda: hashlib.pbkdf2_hmac(1, b"pw", b"salt", 1))
attempt("missing", lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"salt"))
