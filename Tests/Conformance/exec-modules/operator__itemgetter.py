from operator import itemgetter

rows = [
    ("acme", "FR", 250.0, 3),
    ("globex", "DE", 80.5, 1),
    ("initech", "FR", 80.5, 7),
    ("hooli", "US", 1200.0, 2),
]
print(itemgetter(0)(rows[0]), itemgetter(2, 0)(rows[1]), itemgetter(-1)(rows[3]))
print(sorted(rows, key=itemgetter(2)))
print(sorted(rows, key=itemgetter(1, 2)))
print(sorted(rows, key=itemgetter(2, 3), reverse=True)[0])
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(3)), min(rows, key=itemgetter(2)))

g = itemgetter(1)
print(g, itemgetter(1, "a", (2, 3)), repr(itemgetter("name")))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("price")({"price": 9}), itemgetter(0, 0)([7]))

records = [{"id": 3, "name": "c"}, {"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
print([r["name"] for r in sorted(records, key=itemgetter("id"))])
print(itemgetter("id", "name")(records[0]))

print(callable(g), type(g).__module__)

for f in [lambda: g(), lambda: g([1], [2]), lambda: g([0]), lambda: itemgetter("x")({}),
          lambda: itemgetter(), lambda: g(5), lambda: g(seq=[1, 2])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
