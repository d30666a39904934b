# expect: RS408
try:
    while True:
        pass
except BaseException:
    result = 'survived'
