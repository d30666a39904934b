# expect: RS301 RS302
try:
    1 / 0
except ZeroDivisionError as err:
    result = err.__traceback__.tb_frame.f_globals
