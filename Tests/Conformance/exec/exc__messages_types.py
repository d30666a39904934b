tests = [
    lambda: None + 1,
    lambda: [] + (),
    lambda: "x" * "y",
    lambda: -"a",
    lambda: ~1.5,
    lambda: (lambda v: v[0])(None),
    lambda: (lambda v: v[0])(5),
    lambda: (1, 2)[0:1][5],
    lambda: {}.x,
    lambda: None.attr,
    lambda: (1).x,
    lambda: len(None),
    lambda: iter(None),
    lambda: (lambda v: v())(None),
    lambda: (lambda v: v())("abc"),
    lambda: 1 < "a",
    lambda: [1] < (1,),
    lambda: {} < {},
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: int([]),
    lambda: float({}),
    lambda: abs(None),
    lambda: sorted([None, 1]),
    lambda: (1, 2).append(3),
    lambda: "abc".nope,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
