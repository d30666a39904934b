# expect: RS305
result = template.format(order=order)
