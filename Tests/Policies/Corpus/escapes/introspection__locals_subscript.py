# expect: RS201
x = 1
result = locals()['x']
