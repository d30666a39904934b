print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x * x for x in range(4)}, {c for c in "hello"} == set("helo"))
print([[i * j for j in range(3)] for i in range(3)])
m = [[1, 2], [3, 4]]
print([v for row in m for v in row], list(zip(*m)))
print([y for x in range(5) if (y := x * 2) > 4])
x = "outer"
print([x for x in range(2)], x)
