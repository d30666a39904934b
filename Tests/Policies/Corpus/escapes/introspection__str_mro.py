# expect: RS301
base = ''.__class__.__mro__[1]
result = base.__subclasses__()
