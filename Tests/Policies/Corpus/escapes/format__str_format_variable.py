# expect: RS305
result = str.format(template, order)
