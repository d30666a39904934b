def f(*a):
    return a
for call in [lambda: print(*5), lambda: f(1, *None), lambda: f(**[1])]:
    try:
        call()
    except TypeError as e:
        print(e)
