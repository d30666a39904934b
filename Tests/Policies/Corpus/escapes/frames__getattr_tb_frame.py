# expect: RS302
try:
    1 / 0
except ZeroDivisionError as err:
    tb = getattr(err, 'with_traceback')
    result = getattr(tb, 'tb_frame')
