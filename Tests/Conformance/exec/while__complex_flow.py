i = 0
found = None
while i < 10:
    i += 1
    if i % 2:
        continue
    for j in range(i):
        if i * j == 24:
            found = (i, j)
            break
    if found:
        break
print(i, found)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
