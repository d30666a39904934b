import contextlib

@contextlib.contextmanager
def managed(x):
    try:
        yield x
    finally:
        print("done")

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

with managed(1) as m:
    for c in chunks(list(range(10)), 3):
        print(m, c, sep=", ", end="\n")
