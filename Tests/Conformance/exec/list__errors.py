for f in [lambda: [][0], lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [1][str("a")], lambda: [1, "a"].sort()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
