# expect: RS301
result = object.__getattribute__(order, 'total')
