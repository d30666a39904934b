print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)), hash("a") == hash("a"))
print(hash(0), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
s = {1, 1.0, True, 2}
print(len(s), {0: "a", False: "b", 0.0: "c"})
