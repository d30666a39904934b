# expect: RS101 RS103
from builtins import eval
result = eval('1')
