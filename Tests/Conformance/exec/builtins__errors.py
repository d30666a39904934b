for f in [lambda: len(5), lambda: max([]), lambda: next(iter([])), lambda: abs("x"), lambda: iter(5), lambda: sum(["a"]),
          lambda: sorted([1, "a"]), lambda: chr(-1), lambda: getattr(1, "x"), lambda: min()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
