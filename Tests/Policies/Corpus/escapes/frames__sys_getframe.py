# expect: RS101 RS302
import sys
result = sys._getframe(0).f_globals
