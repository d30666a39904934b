def f() int:
    pass
