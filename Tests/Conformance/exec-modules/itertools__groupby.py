import itertools as it

print([(k, list(g)) for k, g in it.groupby("AAAABBBCCDAABBB")])
print([k for k, g in it.groupby("AAAABBBCCD")], [len(list(g)) for k, g in it.groupby("aabccc")])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print(list(it.groupby([])), [(k, list(g)) for k, g in it.groupby([1.0, 1, True, 2])])

# a group is only valid until the next step of groupby
groups = list(it.groupby("aabb"))
print([(k, list(g)) for k, g in groups])

g = it.groupby("xxyz")
k1, grp1 = next(g)
print(k1, next(grp1))
k2, grp2 = next(g)
print(k2, list(grp1), list(grp2))

# skipping a group without consuming it
keys = []
for k, _ in it.groupby("aaabbbcca"):
    keys.append(k)
print(keys)

# run-length encoding and decoding
def rle(s):
    return [(ch, len(list(grp))) for ch, grp in it.groupby(s)]

enc = rle("WWWWBBBWWCC")
print(enc, "".join(ch * n for ch, n in enc))

data = [{"t": "a", "v": 1}, {"t": "a", "v": 2}, {"t": "b", "v": 3}, {"t": "a", "v": 4}]
print([(k, [d["v"] for d in grp]) for k, grp in it.groupby(data, key=lambda d: d["t"])])

for f in [lambda: it.groupby(), lambda: it.groupby(1), lambda: next(it.groupby([1, 2], key=5)),
          lambda: it.groupby([1], None, 3), lambda: [(k, list(g)) for k, g in it.groupby([1, "a"], key=lambda x: x + 1)]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
