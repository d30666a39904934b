# expect: RS305
fmt = '{0.__class__}'
result = fmt.format(order)
