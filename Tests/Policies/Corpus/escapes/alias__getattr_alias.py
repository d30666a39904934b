# expect: RS203
g = getattr
result = g(order, '__class__')
