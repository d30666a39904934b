# expect: RS201
del __builtins__
result = 1
