# expect: RS304
result = str.format('{0.__class__.__mro__}', order)
