print(str(123), str(-1.5), str(True), str([1, "2"]), str((1,)), str({"a": [1]}), str(b"ab"), str(1e100), str(2 ** 64))
print(repr(1.0), repr(0.1), repr(1e16), repr(1.5e-9), repr(float("inf")), repr(-float("inf")), repr(float("nan")))
print(int("101", 2), int("0o17", 0), hex(3735928559), oct(-8), bin(-5), float("  2.5e2 "), str(0.1 + 0.7))
