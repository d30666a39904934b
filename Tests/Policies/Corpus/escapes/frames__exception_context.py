# expect: RS301
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('x')
except ValueError as err:
    result = err.__context__.__traceback__
