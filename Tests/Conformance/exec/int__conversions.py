print(int("  -17  "), int("1_000"), int("ff", 16), int("z", 36), int("0o17", 0), int("0x_ff", 16), int(b"42"))
print(float("1e3"), float("-.5"), float("1_0.5"), int(-0.9), int(1e10), bool(-1), float(True))
for bad in ["", "1.5", "1__0", "_1", "0x", "++1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
