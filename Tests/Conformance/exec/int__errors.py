for f in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: int("abc"), lambda: int("12", 1), lambda: 1 << -1, lambda: pow(2, 3, 0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
