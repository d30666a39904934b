# expect: RS304
show = '{0.__class__}'.format
result = show(order)
