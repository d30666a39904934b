def f(a: int, b: "str" = "", *args: int, c: list[int], **kw: dict) -> tuple[int, ...]: pass
def g(*args: *Ts): pass
