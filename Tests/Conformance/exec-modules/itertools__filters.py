import itertools as it

nums = [1, 4, 6, 4, 1, 7, 2]
print(list(it.takewhile(lambda x: x < 5, nums)), list(it.dropwhile(lambda x: x < 5, nums)))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(it.takewhile(bool, [1, 2, 0, 3])), list(it.dropwhile(bool, [1, 2, 0, 3])))
print(list(it.takewhile(lambda x: True, [])), list(it.dropwhile(lambda x: True, [1, 2])))

# takewhile consumes the first failing item
src = iter([1, 2, 10, 3, 4])
print(list(it.takewhile(lambda x: x < 5, src)), list(src))

# the predicate is no longer called once dropwhile starts yielding
calls = []
def small(x):
    calls.append(x)
    return x < 3
print(list(it.dropwhile(small, [1, 2, 3, 1, 2])), calls)

# log lines after the header, until the footer
log = ["# header", "# v1", "a=1", "b=2", "END", "ignored"]
body = it.takewhile(lambda l: l != "END", it.dropwhile(lambda l: l.startswith("#"), log))
print(list(body))

print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.starmap(lambda a, b: a * b, zip([1, 2, 3], [4, 5, 6]))))
prices = [("apple", 3, 0.5), ("pear", 2, 0.75)]
print(list(it.starmap(lambda name, q, p: f"{name}: {q * p:.2f}", prices)))
print(list(it.starmap(max, [[1, 5, 2], "abc"])))

for f in [lambda: it.takewhile(None), lambda: it.dropwhile(None), lambda: it.filterfalse(None),
          lambda: next(it.dropwhile(1, [1])), lambda: it.starmap(None), lambda: next(it.starmap(pow, [1])),
          lambda: next(it.starmap(pow, [(1,)])), lambda: it.takewhile(lambda x: x, 5), lambda: it.filterfalse(a=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
