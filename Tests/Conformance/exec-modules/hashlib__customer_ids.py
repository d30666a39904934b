import hashlib

customers = ["C-1001", "C-1002", "C-2040", "c-1001", "C-99999"]

def bucket(customer_id, buckets=10):
    digest = hashlib.sha256(customer_id.strip().upper().encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % buckets

def pseudonym(customer_id):
    return hashlib.blake2b(customer_id.encode(), digest_size=8, person=b"crm-export").hexdigest()

for c in customers:
    print(c, bucket(c), pseudonym(c))

# A/B split: stable, roughly balanced
groups = {"A": 0, "B": 0}
for i in range(200):
    h = hashlib.md5(f"user-{i}".encode()).hexdigest()
    groups["A" if int(h, 16) % 2 == 0 else "B"] += 1
print(groups)

# a fingerprint of a record
record = {"id": 17, "amount": "120.50", "currency": "EUR"}
canonical = "|".join(f"{k}={record[k]}" for k in sorted(record))
print(canonical, hashlib.sha1(canonical.encode()).hexdigest())
print(hashlib.sha256("Zürich".encode("utf-8")).hexdigest())
