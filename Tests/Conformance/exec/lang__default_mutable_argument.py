def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2))
print(append(3, []))
