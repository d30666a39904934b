values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, object))
