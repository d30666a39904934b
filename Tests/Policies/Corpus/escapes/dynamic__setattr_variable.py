# expect: RS303
setattr(order, key, value)
result = order
