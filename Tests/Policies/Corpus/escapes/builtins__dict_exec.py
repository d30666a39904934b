# expect: RS201
result = __builtins__.__dict__['exec']
