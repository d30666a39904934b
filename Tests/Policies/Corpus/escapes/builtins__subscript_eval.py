# expect: RS201
result = __builtins__['eval']('1')
