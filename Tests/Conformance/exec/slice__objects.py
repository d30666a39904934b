s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], "abcdefgh"[s])
print(slice(3), slice(None, None, -1), [1, 2, 3][slice(None, None, -1)])
a = list(range(5))
a[slice(0, 2)] = ["x"]
print(a)
