if (n := len(items)) > 10:
    head, tail = items[:5], items[-5:]
    result = {"count": n, "head": head, "tail": tail}
else:
    result = {"count": n, "items": items[::-1]}
