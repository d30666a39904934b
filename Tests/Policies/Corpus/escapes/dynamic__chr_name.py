# expect: RS303
result = getattr(order, chr(95) * 2 + 'class' + chr(95) * 2)
