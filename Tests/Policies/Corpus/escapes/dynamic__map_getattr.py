# expect: RS203
result = list(map(getattr, [order], ['__class__']))
