for i in range(3):
    pass
else:
    print("for-else", i)
for i in range(3):
    if i == 1:
        break
else:
    print("never")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("n", n)
else:
    print("never")
while False:
    pass
else:
    print("while-else")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
