# expect: RS201
def f():
    global exec
    exec = print

result = 1
