# expect: RS203
h = hasattr
result = h(order, '__class__')
