import base64
samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 7))]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.standard_b64encode(s) == e)
print(base64.b64decode("aGVsbG8gd29ybGQ="))
print(base64.b64decode(bytearray(b"aGk=")))
print(base64.standard_b64decode("Zm9v"))
print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"))
print(base64.b64decode(b"-__-", altchars=b"-_"))
print(base64.b64decode("-__-", altchars="-_"))
print(base64.b64encode("Grüße aus Köln".encode("utf-8")).decode("ascii"))
print(base64.b64decode("R3LDvMOfZSBhdXMgS8O2bG4=").decode("utf-8"))
print(type(base64.b64encode(b"x")).__name__)
print(base64.b64encode(bytearray(b"bytearray input")))
