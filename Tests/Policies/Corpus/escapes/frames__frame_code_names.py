# expect: RS302
def names(frame):
    return frame.f_code.co_names

result = 0
