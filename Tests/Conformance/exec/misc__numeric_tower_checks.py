vals = [0, 1, -1, 2.5, -0.0, float("inf"), 3 + 0j, True]
for v in vals:
    print(repr(v), type(v).__name__, bool(v), v == 0, abs(v))
