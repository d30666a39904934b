class A:
    def __repr__(self): return "A-repr"
class B:
    def __str__(self): return "B-str"
class C(A):
    def __str__(self): return "C-str"
print(A(), str(A()), [A()], B(), [C()], f"{C()}", f"{C()!r}", "%s" if False else str(C()))
