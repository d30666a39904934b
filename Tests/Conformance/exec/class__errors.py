class A:
    def m(self): return 1
for f in [lambda: A().nope, lambda: A.nope, lambda: A(1), lambda: A().m(1), lambda: A() + 1, lambda: A() < A(), lambda: len(A()), lambda: A()[0], lambda: A()()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
