for f in [lambda: "abc"[5], lambda: "abc"[str("x")], lambda: "a" + 1, lambda: ", ".join([1, 2]), lambda: ord("ab"), lambda: 1 in "abc"]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
