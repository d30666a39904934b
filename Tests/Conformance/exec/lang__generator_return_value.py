def gen():
    yield 1
    yield 2
    return 'finished'
def wrapper():
    result = yield from gen()
    print('inner returned', result)
    yield 3
print(list(wrapper()))
