# expect: RS201
funcs = [exec]
result = funcs[0]('x = 1')
