def f(n):
    return f(n + 1) if n < 50 else 1 / 0
f(0)
