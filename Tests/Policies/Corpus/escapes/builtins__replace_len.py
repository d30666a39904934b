# expect: RS201
__builtins__.len = lambda x: 0
result = len([1, 2])
