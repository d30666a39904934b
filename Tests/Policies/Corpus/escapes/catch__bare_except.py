# expect: RS408
try:
    result = compute()
except:
    result = None
