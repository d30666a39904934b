# expect: RS302
def grab(frame):
    return frame.f_locals

result = 0
