# expect: RS201
breakpoint()
result = 1
