for n in [0, 7, 255, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), f"{n:b}", f"{n:#o}", f"{n:x}", int(hex(n), 16) == n)
print(int("zz", 36), int("-0b11", 0), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"), (5).bit_count() if hasattr(int, "bit_count") else 2)
