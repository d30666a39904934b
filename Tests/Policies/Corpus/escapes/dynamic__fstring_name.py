# expect: RS303
n = 'class'
result = hasattr(order, f'__{n}__')
