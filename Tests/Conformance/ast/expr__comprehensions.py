[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if x != y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[(x, y) for x in range(3) for y in range(x)]
[x for x in (lambda: y)]
