for v in (1, 1.5, 'x', [1], None, True):
    print(repr(v), isinstance(v, (int, float)), isinstance(v, str), type(v).__name__)
