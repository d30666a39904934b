print(str(KeyError("k")), str(KeyError("k", 2)), repr(KeyError("k")), str(ValueError("a", 1)), str(Exception()), repr(Exception()))
e = RuntimeError("x")
print(e.args, e.__cause__, e.__context__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
class E(Exception):
    def __str__(self):
        return "custom str"
print(E(), repr(E()), str(E("a")))
