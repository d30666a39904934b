def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(g())
