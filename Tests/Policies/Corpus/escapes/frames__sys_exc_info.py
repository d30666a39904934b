# expect: RS101 RS302
import sys

try:
    1 / 0
except ZeroDivisionError:
    result = sys.exc_info()[2].tb_frame
