print({3, 1, 2}, {10, 5, 100, 7, 8, 64, 9}, set(range(20, 0, -3)), {-1, -2, 0}, {1.5, 2, 3.0})
s = set()
for i in [33, 1, 17, 9, 25, 41, 0, 8]:
    s.add(i)
print(s, frozenset([5, 4, 3]), {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
s.discard(17); s.add(57); print(s, s | {2}, s & {1, 9, 100}, s - {0})
big = set(range(100)); big -= set(range(0, 100, 2)); print(big)
print({x % 7 for x in range(30)}, sorted({"b", "a"}), list({5: 1, 3: 2}))
