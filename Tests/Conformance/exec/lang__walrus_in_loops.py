data = [3, 8, 1, 9, 4]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 5:
        print('big', n)
print([y for x in data if (y := x * 2) > 6])
