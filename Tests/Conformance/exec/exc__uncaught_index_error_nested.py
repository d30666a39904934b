def last(seq):
    return seq[len(seq)]
def summary(rows):
    return [last(r) for r in rows]
print(summary([[1, 2], [3]]))
