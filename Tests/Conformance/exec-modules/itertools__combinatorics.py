import itertools as it

print(list(it.product("AB", "xy")), list(it.product(range(2), repeat=3)))
print(list(it.product("ab", [1, 2], repeat=2))[:5], len(list(it.product("ab", [1, 2], repeat=2))))
print(list(it.product()), list(it.product([])), list(it.product("ab", [])), list(it.product("ab", repeat=0)))

print(list(it.permutations("ABC", 2)), list(it.permutations(range(3))))
print(list(it.permutations([1, 2], 0)), list(it.permutations([], 0)), list(it.permutations("ab", 3)), list(it.permutations("aab")))
print(len(list(it.permutations(range(5), 3))), list(it.permutations("abcd", r=None))[-1])

print(list(it.combinations("ABCD", 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations("abc", 0)), list(it.combinations("ab", 3)), list(it.combinations([], 0)), list(it.combinations("aab", 2)))
print(list(it.combinations_with_replacement("ABC", 2)), list(it.combinations_with_replacement("", 0)), list(it.combinations_with_replacement("", 2)))
print(list(it.combinations_with_replacement(range(2), 3)), len(list(it.combinations_with_replacement(range(4), 3))))

# menu bundles: pick 2 different sides under a budget
sides = {"fries": 3, "salad": 4, "soup": 5, "rice": 2}
print([c for c in it.combinations(sorted(sides), 2) if sum(sides[s] for s in c) <= 6])

# all configurations of a product
sizes, colors = ["S", "M"], ["red", "blue"]
print(["-".join(v) for v in it.product(sizes, colors)])

# coin change: ways to pay 10 with 3 coins
print([c for c in it.combinations_with_replacement([1, 2, 5], 3) if sum(c) == 10 or sum(c) == 7])

for f in [lambda: it.product(1), lambda: it.product([1], repeat=-1), lambda: it.product([1], x=1),
          lambda: it.permutations(), lambda: it.permutations([1], -1), lambda: it.permutations([1], "a"),
          lambda: it.combinations([1]), lambda: it.combinations([1], -1), lambda: it.combinations_with_replacement([1], -1),
          lambda: it.combinations_with_replacement([1]), lambda: it.combinations(5, 1)]:
    try:
        print(list(f()))
    except Exception as e:
        print(type(e).__name__, e)
