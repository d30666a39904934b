# expect: RS301
result = order.__reduce_ex__(2)
