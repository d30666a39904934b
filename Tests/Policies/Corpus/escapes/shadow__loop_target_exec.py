# expect: RS201
for exec in [print]:
    exec('x')
result = 1
