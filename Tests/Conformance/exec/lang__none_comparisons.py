x = None
print(x is None, x == None, x is not None, [1, None].count(None))
try:
    print(None < 1)
except TypeError as e:
    print(e)
