# expect: RS304
result = '{0.__init__.__globals__[os]}'.format(order)
