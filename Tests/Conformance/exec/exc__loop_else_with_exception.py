def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        raise LookupError(f"{target!r} not found")
    return i
print(find([1, 2, 3], 2))
try:
    find([1], 9)
except LookupError as e:
    print(e)
