try:
    str.join(1, [])
except TypeError as e:
    print(e)
print(str.join("-", ["a", "b"]), list.append, dict.get({"a": 1}, "a"))
class MyErr(ValueError): pass
print(ValueError.__str__(MyErr("x")), object.__repr__(5)[:12])
print(dict.fromkeys("ab", 0), int.from_bytes(b"\x01\x00", "little"), {}.fromkeys([1]))
class D:
    pass
print(D.mro() == [D, object], type.mro(D) == [D, object])
