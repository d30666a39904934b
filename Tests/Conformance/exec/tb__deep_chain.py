def a():
    raise ValueError("root cause")
def b():
    try:
        a()
    except ValueError as e:
        raise KeyError("middle") from e
def c():
    try:
        b()
    except KeyError:
        raise RuntimeError("top")
c()
