def f():
    return *a, *b
x[*a]
x[*a, *b]
x[1:2, *c]
