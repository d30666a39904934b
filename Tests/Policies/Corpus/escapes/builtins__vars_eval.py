# expect: RS201
result = vars()['eval']
