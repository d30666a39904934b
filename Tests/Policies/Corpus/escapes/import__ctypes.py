# expect: RS101
import ctypes
result = ctypes.CDLL(None)
