# expect: RS201
result = globals()['customer']
