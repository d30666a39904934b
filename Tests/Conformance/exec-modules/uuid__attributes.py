import uuid
u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
for name in ["int", "hex", "urn", "bytes", "bytes_le", "fields", "time_low", "time_mid",
             "time_hi_version", "clock_seq_hi_variant", "clock_seq_low", "node", "time",
             "clock_seq", "variant", "version"]:
    print(name, repr(getattr(u, name)))
print(str(u), repr(u), int(u))
print(u.is_safe, repr(u.is_safe), uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.name)
print(uuid.RESERVED_NCS, "|", uuid.RFC_4122, "|", uuid.RESERVED_MICROSOFT, "|", uuid.RESERVED_FUTURE)
for v in [0x0000, 0x8000, 0xc000, 0xe000]:
    w = uuid.UUID(int=v << 48 | (4 << 76))
    print(hex(v), w.variant, w.version)
print(f"{u}", "%s" % u, "{}".format(u))
