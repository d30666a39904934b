[[x for x in row] for row in matrix]
{k: [v for v in vs if v] for k, vs in d}
sum(x for row in m for x in row)
