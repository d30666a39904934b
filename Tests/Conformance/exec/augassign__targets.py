x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
lst = [1, 2, 3]
lst[1] += 10
lst += [4]
lst *= 2
print(lst)
d = {"a": 1}
d["a"] += 5
d.setdefault("b", [])
d["b"] += ["x"]
print(d)
class O: pass
o = O(); o.v = 1; o.v += 1; o.v <<= 3
print(o.v)
s = "a"; s += "b"; s *= 2
print(s)
t = (1,); t += (2,)
print(t)
st = {1}; st |= {2}; st &= {2, 3}
print(st)
