# expect: RS101
import sys
result = sys.modules['os']
