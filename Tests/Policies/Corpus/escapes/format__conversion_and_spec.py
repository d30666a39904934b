# expect: RS304
result = '{0.__class__!r:>10}'.format(order)
