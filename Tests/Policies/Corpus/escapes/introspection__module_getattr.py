# expect: RS202
def __getattr__(name):
    return name

result = 1
