# expect: RS304
result = '{0.__class__}'.format(order)
