# expect: RS201
result = globals()['__builtins__']
