people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
