# expect: RS201
result = vars(order)
