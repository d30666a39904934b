# expect: RS201
e = eval
result = e('1 + 1')
