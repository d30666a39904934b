import copy

a = [1, [2, 3], {"k": "v"}]
b = copy.copy(a)
print(b == a, b is a, b[1] is a[1], b[2] is a[2])
a[1].append(4)
a.append(5)
print(a, b)

d = {"x": [1], "y": 2}
d2 = copy.copy(d)
d2["y"] = 3
d2["x"].append(9)
print(d, d2)

s = {1, 2, 3}
s2 = copy.copy(s)
s2.add(4)
print(sorted(s), sorted(s2))

# immutable values are returned as they are
for v in [1, 2.5, "text", (1, 2), frozenset([1]), None, True, b"raw", range(3), len]:
    print(type(v).__name__, copy.copy(v) is v)

t = (1, [2])
print(copy.copy(t) is t)

ba = bytearray(b"abc")
ba2 = copy.copy(ba)
ba2[0] = 65
print(ba, ba2)

def f():
    pass

class C:
    pass

print(copy.copy(f) is f, copy.copy(C) is C, copy.copy(int) is int)

nested = [[0] * 2] * 2
n2 = copy.copy(nested)
n2[0][0] = 1
print(nested, n2, n2[0] is n2[1])
