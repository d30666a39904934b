for f in [lambda: [a, b] == (lambda a, b: 0)(*[1, 2, 3]),]:
    pass
def t1():
    a, b = [1, 2, 3]
def t2():
    a, b, c = [1, 2]
def t3():
    a, b = 5
def t4():
    a, *b, c = [1]
for f in [t1, t2, t3, t4]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
