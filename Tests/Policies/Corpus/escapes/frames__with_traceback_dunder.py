# expect: RS301
try:
    raise ValueError('x')
except ValueError as err:
    result = err.with_traceback(None).__traceback__
