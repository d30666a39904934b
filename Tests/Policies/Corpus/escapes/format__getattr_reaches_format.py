# expect: RS305
fmt = getattr(str, 'format')
result = fmt('{0.__class__}', order)
