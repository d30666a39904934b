print('%s has %d items costing %.2f' % ('cart', 3, 9.5))
print('{} {name} {0}'.format('a', name='b'), '{:>6}|{:<6}|'.format('x', 'y'), '%05.1f|%-4s|%x' % (3.14159, 'ab', 255))
