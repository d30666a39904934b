class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
def f():
    class L:
        pass
    return L
print(f().__qualname__, f.__qualname__, (lambda: 0).__qualname__)
