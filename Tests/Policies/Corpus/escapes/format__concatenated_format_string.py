# expect: RS305
result = ('{0.' + '__class__}').format(order)
