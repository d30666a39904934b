# expect: RS301
def helper():
    return 1

result = helper.__globals__['__builtins__']
