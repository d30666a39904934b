x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
print(sum(i * i for i in range(4)), list(i for i in 'ab'))
