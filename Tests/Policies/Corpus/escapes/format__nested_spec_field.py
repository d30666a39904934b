# expect: RS304
result = '{0:{1.__class__}}'.format(1, order)
