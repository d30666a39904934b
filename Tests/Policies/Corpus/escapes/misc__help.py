# expect: RS201
result = help(len)
