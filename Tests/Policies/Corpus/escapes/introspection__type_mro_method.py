# expect: RS302
result = type(order).mro()[-1]
