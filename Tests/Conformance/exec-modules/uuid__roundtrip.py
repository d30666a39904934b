import uuid
samples = [uuid.UUID(int=0), uuid.UUID(int=2**128 - 1), uuid.uuid5(uuid.NAMESPACE_DNS, "x"),
           uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")]
for u in samples:
    again = [uuid.UUID(str(u)), uuid.UUID(u.hex), uuid.UUID(u.urn), uuid.UUID(bytes=u.bytes),
             uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields), uuid.UUID(int=u.int)]
    print(u, all(a == u for a in again), len(u.bytes), u.bytes_le.hex())
v = uuid.UUID("00112233-4455-6677-8899-aabbccddeeff")
for version in range(1, 6):
    w = uuid.UUID(int=v.int, version=version)
    print(version, w, w.version, w.variant)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(fields=[0xffffffff, 0xffff, 0xffff, 0xff, 0xff, 0xffffffffffff]).int == 2**128 - 1)
