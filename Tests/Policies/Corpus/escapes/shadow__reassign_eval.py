# expect: RS201
eval = lambda s: s
result = eval('1')
