print(format(3.14159, ".3f"), format(42, "08d"), format(-42, "+d"), format(1234567.891, ",.2f"), format(0.000123, ".2e"))
print(format("abc", ">6"), format("abc", "<6") + "|", format("abc", "^7"), format("abc", "*^9"), format(255, "b"), format(255, "o"), format(255, "X"))
print(format(12345, "_"), format(0.5, "%"), format(1 / 3, ".10g"), format(1e20, "g"), format(123.0, "g"), format(True, "d"), format(3, ".2f"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
for name, qty, price in [("apple", 3, 0.5), ("banana", 12, 0.25)]:
    print(f"{name:10s}{qty:>5d}{price:>8.2f}{qty * price:>8.2f}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}", f"{42:#06x}", f"{-0.0:.1f}", f"{1e-7}", f"{12:c}" if False else "")
