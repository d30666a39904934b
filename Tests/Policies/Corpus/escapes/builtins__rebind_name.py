# expect: RS201
builtins = {}
result = builtins
