# expect: RS301
mro = type.__dict__['mro']
result = mro(int)
