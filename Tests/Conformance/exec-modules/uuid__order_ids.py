import uuid
# Deterministic ids for records a rule emits, and validation of ids it receives.
NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://shop.example/orders")
orders = [{"customer": "C-1001", "number": 17}, {"customer": "C-1002", "number": 3}, {"customer": "C-1001", "number": 17}]
for o in orders:
    oid = uuid.uuid5(NS, f"{o['customer']}/{o['number']}")
    print(o["customer"], o["number"], oid, oid.version)
def valid_id(text):
    try:
        u = uuid.UUID(text)
    except ValueError:
        return False
    return u.version == 4 and u.variant == uuid.RFC_4122
for text in ["9f1c2b7e-8d3a-4c5e-9b1f-2a3c4d5e6f70", "9f1c2b7e-8d3a-1c5e-9b1f-2a3c4d5e6f70", "not-a-uuid", "9F1C2B7E8D3A4C5E9B1F2A3C4D5E6F70"]:
    print(text, valid_id(text))
short = uuid.UUID(int=0x1234).hex[-8:]
print(short, uuid.UUID(int=int("1234", 16)).int)
