import copy

config = {"limits": {"daily": 500, "monthly": [1000, 2000]}, "tags": ["a", "b"], "name": "std"}
c2 = copy.deepcopy(config)
c2["limits"]["monthly"].append(3000)
c2["tags"][0] = "z"
print(config)
print(c2)
print(c2["name"] is config["name"])

t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])

# shared references stay shared in the copy
shared = [0]
pair = {"a": shared, "b": shared}
p2 = copy.deepcopy(pair)
print(p2["a"] is p2["b"], p2["a"] is shared)

# cycles
loop = [1, 2]
loop.append(loop)
l2 = copy.deepcopy(loop)
print(l2[2] is l2, l2 is loop, len(l2))
d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)

fs = frozenset([(1, 2), (3, 4)])
print(sorted(copy.deepcopy(fs)), copy.deepcopy({1, 2}) == {1, 2})

# memo dict
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y, id(x[1]) in memo)
z = copy.deepcopy(x, memo)
print(z is y)
print(copy.deepcopy(x, None) == x)
print(copy.deepcopy(x, memo={}) is not y)

# tuples containing the same objects
a = []
tt = (a, a)
tt2 = copy.deepcopy(tt)
print(tt2[0] is tt2[1], tt2[0] is a)
