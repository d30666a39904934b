print(list(zip("abc", range(3), [True, False, None])))
print(dict(enumerate(["x", "y"])), list(enumerate([])))
print(list(map(str, range(3))), list(map(pow, [2, 3], [3, 2])))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
print(sorted(zip([3, 1, 2], "cab")), min("bca"), max([[1, 2], [1, 3]]))
print(list(reversed("abc")), list(reversed((1, 2))), sum(range(5), 10))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
