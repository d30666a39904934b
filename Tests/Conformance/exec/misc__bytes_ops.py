b = "hello".encode("ascii")
print(b, b.hex(), b[1:3], list(b[:2]), b.decode(), bytes([104, 105]).decode(), bytearray(b"ab") + b"c")
ba = bytearray(b"xyz")
ba[0] = 65
print(ba, len(ba), b"%s" if False else b"abc" == b"abc", b"a" < b"b")
