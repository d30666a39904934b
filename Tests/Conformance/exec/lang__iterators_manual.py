it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'end'))
try:
    next(it)
except StopIteration:
    print('stopped')
