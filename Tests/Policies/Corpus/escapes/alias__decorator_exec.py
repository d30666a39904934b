# expect: RS201
@exec
def payload():
    pass
result = 1
