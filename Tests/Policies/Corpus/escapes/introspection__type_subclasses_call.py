# expect: RS301
result = type.__subclasses__(object)
