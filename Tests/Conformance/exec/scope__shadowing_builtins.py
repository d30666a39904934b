def f():
    len = lambda x: 42
    return len([1, 2])
print(f(), len([1, 2]))
list_ = list
def g(list=list_):
    return list("ab")
print(g())
sum = 10
print(sum)
del sum
print(sum([1, 2]))
