b = b"abc"
print(b, len(b), b[0], b[1:], b + b"d", b * 2, list(b), b"a" in b, bytes([65, 66]), bytes(3), "héllo".encode(), b.decode())
