import itertools

def batches(rows, size):
    return list(itertools.batched(rows, size))

print(batches(range(5), 2))
print(batches(range(5), 0))
