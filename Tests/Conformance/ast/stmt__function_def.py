def f(): pass
def g(a, b):
    """doc"""
    return a + b
def h() -> int:
    return
def k(a: int = 1, *, b: str) -> None: ...
