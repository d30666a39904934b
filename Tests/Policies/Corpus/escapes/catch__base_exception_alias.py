# expect: RS408
Anything = BaseException
try:
    result = compute()
except Anything:
    result = None
