x = 17
for op in range(1):
    x += 3; print(x)
    x -= 1; print(x)
    x *= 2; print(x)
    x //= 3; print(x)
    x %= 7; print(x)
    x **= 3; print(x)
    x <<= 2; print(x)
    x >>= 1; print(x)
    x &= 0xff; print(x)
    x |= 0x100; print(x)
    x ^= 0x3; print(x)
    x /= 4; print(x)
