# expect: RS302
def peek(coro):
    return coro.cr_frame

result = 0
