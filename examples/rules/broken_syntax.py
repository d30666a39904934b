"""Broken: a syntax error. Reported like CPython, located at the line."""
def score(x)
    return x * 2

result = score(21)
