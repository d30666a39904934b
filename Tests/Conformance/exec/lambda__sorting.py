people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
people.sort(key=lambda p: p[0], reverse=True)
print(people)
print(sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a")]))
