import uuid
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
c = uuid.UUID("00000000-0000-0000-0000-000000000001")
print(a < b, a <= c, b > a, a >= c, a == c, a != b)
print(a == 1, a != "x")
print(sorted([uuid.UUID(int=n) for n in (5, 3, 9, 1)]))
seen = {a: "first", b: "second"}
print(seen[c], len({a, b, c}), hash(a) == hash(1))
print(max(uuid.uuid5(uuid.NAMESPACE_DNS, n) for n in ["x", "y", "z"]))
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
ids = [uuid.uuid5(uuid.NAMESPACE_URL, f"item-{i}") for i in range(5)]
print([str(i)[:8] for i in sorted(ids)])
