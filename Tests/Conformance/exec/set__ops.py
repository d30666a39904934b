a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a == {3, 2, 1})
a.add(5); a.discard(1); a.remove(2); print(sorted(a), len(a), 3 in a)
print(set(), frozenset(), sorted(set("hello")), sorted(frozenset([1, 2]) | {3}))
s = {x % 3 for x in range(10)}; print(sorted(s))
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset([1]), {1}.isdisjoint({2}))
print(sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.intersection([2, 3])), sorted({1, 2}.difference({1})))
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
print({frozenset([1]): 1}[frozenset([1])])
