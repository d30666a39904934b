# expect: RS303
result = delattr(order, ''.join(['__', 'class', '__']))
