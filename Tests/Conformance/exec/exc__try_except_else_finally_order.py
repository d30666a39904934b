def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('zero')
        return 'handled'
    else:
        print('else', r)
        return 'ok'
    finally:
        print('finally')
print(f(2), f(0))
