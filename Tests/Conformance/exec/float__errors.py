for f in [lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: float("x"), lambda: int(float("inf")), lambda: int(float("nan")), lambda: 0.0 ** -1]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
