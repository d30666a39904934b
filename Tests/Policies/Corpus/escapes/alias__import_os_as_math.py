# expect: RS101
import os as math
result = math.listdir('/')
