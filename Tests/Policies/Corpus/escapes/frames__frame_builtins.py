# expect: RS302
def grab(frame):
    return frame.f_builtins['eval']

result = 0
