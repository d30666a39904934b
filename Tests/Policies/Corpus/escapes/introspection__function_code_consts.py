# expect: RS301 RS302
def helper():
    return 'secret'

result = helper.__code__.co_consts
