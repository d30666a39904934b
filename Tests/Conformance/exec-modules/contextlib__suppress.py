from contextlib import suppress

data = {"a": 1}
with suppress(KeyError):
    print(data["a"])
    print(data["b"])
    print("not reached")
print("after KeyError")

with suppress(ZeroDivisionError, ValueError):
    int("x")
print("after ValueError")

with suppress(LookupError):
    [][3]
print("subclass suppressed")

with suppress((TypeError, AttributeError)):
    None.missing
print("tuple of classes")

try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

with suppress():
    pass
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as e:
    print(e)

def parse_all(values):
    out = []
    for v in values:
        with suppress(ValueError):
            out.append(int(v))
    return out

print(parse_all(["1", "x", "3", "", "-4"]))
s = suppress(LookupError)
with s:
    raise KeyError("gone")
with s:
    pass
print("reusable")
try:
    with suppress("KeyError"):
        raise KeyError(1)
except TypeError as e:
    print(type(e).__name__, e)
