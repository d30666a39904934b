def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-1, 0, 5, 50)])
print("yes" if 1 < 2 < 3 else "no", 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2)
x = 5
print(0 < x <= 5, x in (1, 5), x not in [1], x is not None, None is None)
