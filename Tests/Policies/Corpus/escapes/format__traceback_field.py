# expect: RS304
try:
    1 / 0
except ZeroDivisionError as err:
    result = '{e.__traceback__.tb_frame}'.format(e=err)
