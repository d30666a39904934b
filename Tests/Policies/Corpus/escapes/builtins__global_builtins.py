# expect: RS201
def f():
    global __builtins__
    __builtins__ = {}
result = f()
