import hashlib

def fingerprint(customer):
    return hashlib.sha256(customer["email"]).hexdigest()

print(fingerprint({"email": b"ann@example.com"}))
print(fingerprint({"email": "bob@example.com"}))
