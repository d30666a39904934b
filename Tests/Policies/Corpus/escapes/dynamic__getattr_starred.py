# expect: RS303
args = ('__class__',)
result = getattr(order, *args)
