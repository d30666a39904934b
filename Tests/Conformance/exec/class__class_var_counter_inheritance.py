class Base:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Base.registry[key] = cls
class A(Base, key="a"): pass
class B(Base, key="b"): pass
class C(A): pass
print(sorted(Base.registry), Base.registry["a"] is A, issubclass(C, Base))
